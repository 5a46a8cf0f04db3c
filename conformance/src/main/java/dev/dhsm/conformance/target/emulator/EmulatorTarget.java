package dev.dhsm.conformance.target.emulator;

import dev.dhsm.app.Fleet;
import dev.dhsm.app.FleetMember;
import dev.dhsm.app.FleetOptions;
import dev.dhsm.app.NodeOptions;
import dev.dhsm.app.arm.ArmIdentity;
import dev.dhsm.app.control.ControlServer;
import dev.dhsm.app.control.FleetClock;
import dev.dhsm.appliance.ntls.KeyPoolCertificateIssuer;
import dev.dhsm.conformance.driver.ClientHost;
import dev.dhsm.conformance.driver.ConsoleDriver;
import dev.dhsm.conformance.driver.SshEndpoint;
import dev.dhsm.conformance.target.Account;
import dev.dhsm.conformance.target.ApplianceAddress;
import dev.dhsm.conformance.target.ArmControl;
import dev.dhsm.conformance.target.ArmCredential;
import dev.dhsm.conformance.target.ArmEndpoint;
import dev.dhsm.conformance.target.ArmNetworkNames;
import dev.dhsm.conformance.target.ArmPacing;
import dev.dhsm.conformance.target.Capability;
import dev.dhsm.conformance.target.ClientApplication;
import dev.dhsm.conformance.target.ConsoleSession;
import dev.dhsm.conformance.target.EmulatorControl;
import dev.dhsm.conformance.target.LunacmSession;
import dev.dhsm.conformance.target.LunashSession;
import dev.dhsm.conformance.target.PeerAppliance;
import dev.dhsm.conformance.target.SupportControl;
import dev.dhsm.conformance.target.Target;
import dev.dhsm.conformance.target.TargetException;
import dev.dhsm.model.ApplianceConfig;
import dev.dhsm.model.CertificateIssuer;
import dev.dhsm.model.ManualClock;
import dev.dhsm.model.Profile;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A factory-fresh emulated Azure Dedicated HSM in this process, powered on for one scenario as a fleet of one:
 * loopback, any free ports (SSH, serial console, NTLS), state in memory, a manual clock that only the test moves,
 * and the emulator's control plane in process. It is disposable, so guarded and destructive scenarios may run, and
 * its serial console is reachable. Its client host (LunaCM, the client library and an emulated Backup HSM) is a
 * directory in this process whose clock is the appliance's.
 */
public final class EmulatorTarget implements Target {
    /** When every emulated appliance's clock starts: a fixed instant, so runs are repeatable. */
    public static final Instant CLOCK_START = Instant.parse("2026-01-05T09:00:00Z");

    /**
     * NTLS server keys for every appliance this process starts for the suite: made once, then reused, so a fresh
     * fleet per scenario does not spend its start-up generating RSA keys (see {@link KeyPoolCertificateIssuer}).
     * Each appliance issues through its own view of the pool, so {@code sysconf regenCert} always changes its key;
     * different appliances (of one fleet or of concurrent scenarios) may share a pair, which clients cannot see.
     */
    static final CertificateIssuer NTLS_KEYS = new KeyPoolCertificateIssuer(16);
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    /** Seeds the client host's keys, so its certificates are the same on every run. */
    private static final long CLIENT_SEED = 20260105L;
    private static final Set<Capability> CAPABILITIES = EnumSet.of(Capability.VIRTUAL_TIME, Capability.FAULTS,
            Capability.GUARDED_OK, Capability.DESTRUCTIVE_OK, Capability.SERIAL_CONSOLE, Capability.LUNACM,
            Capability.BACKUP_HSM, Capability.SUPPORT, Capability.PEER_APPLIANCES);

    private final ManualClock clock;
    private final Fleet fleet;
    private final FleetMember node;
    private final dev.dhsm.app.control.EmulatorControl control;
    private final SshEndpoint ssh;
    private final Profile profile;
    private ClientHost clientHost;
    private ControlServer armServer;
    private Path tlsDir;
    private final Map<String, SshEndpoint> others = new HashMap<>();
    private final List<EmulatorPeer> peers = new ArrayList<>();

    private EmulatorTarget(ManualClock clock, Fleet fleet, Profile profile) {
        this.clock = clock;
        this.fleet = fleet;
        this.node = fleet.members().get(0);
        this.control = new dev.dhsm.app.control.EmulatorControl(fleet, FleetClock.of(clock));
        this.profile = profile;
        this.ssh = new SshEndpoint(node.sshAddress(), TIMEOUT);
    }

    /**
     * Powers on a fleet of {@code stamps} stamps (15 devices each) in {@code eastus} with the ARM facade in front of
     * it, on an HTTPS port of its own with a CA made for this run.
     */
    public static EmulatorTarget startWithArm(int stamps) {
        ManualClock clock = new ManualClock(CLOCK_START);
        NodeOptions options = NodeOptions.ephemeral().withAnyFreePorts().withProfile(Profile.AZURE).withClock(clock)
                .withCertificateIssuer(NTLS_KEYS);
        Path tls = null;
        Fleet fleet = null;
        try {
            tls = Files.createTempDirectory("dhsm-arm-");
            fleet = Fleet.start(FleetOptions.stamps(options, FleetOptions.DEFAULT_REGION, stamps));
            EmulatorTarget t = new EmulatorTarget(clock, fleet, Profile.AZURE);
            t.tlsDir = tls;
            t.armServer = ControlServer.start(t.control, "127.0.0.1", 0, tls);
            return t;
        } catch (IOException | RuntimeException e) {
            if (fleet != null) {
                fleet.close();
            }
            deleteTree(tls);
            throw new TargetException("Could not start the emulated fleet with its ARM facade: " + e.getMessage(), e);
        }
    }

    /** Powers on a fresh appliance with the Azure profile. */
    public static EmulatorTarget start() {
        return start(Profile.AZURE);
    }

    public static EmulatorTarget start(Profile profile) {
        ManualClock clock = new ManualClock(CLOCK_START);
        NodeOptions options = NodeOptions.ephemeral().withAnyFreePorts().withProfile(profile).withClock(clock)
                .withCertificateIssuer(NTLS_KEYS);
        try {
            Fleet fleet = Fleet.start(FleetOptions.single(options));
            try {
                return new EmulatorTarget(clock, fleet, profile);
            } catch (RuntimeException e) {
                fleet.close();
                throw e;
            }
        } catch (IOException e) {
            throw new TargetException("Could not start the emulated appliance: " + e.getMessage(), e);
        }
    }

    @Override
    public String name() {
        return "emulator (in-process, " + profile.name().toLowerCase(java.util.Locale.ROOT) + " profile, ssh "
                + node.sshAddress() + ", console " + node.consoleAddress() + ", ntls " + node.ntlsAddress()
                + (armServer == null ? "" : ", " + fleet.members().size() + " devices, ARM " + armServer.armUri()) + ")";
    }

    @Override
    public Set<Capability> capabilities() {
        if (armServer == null) {
            return CAPABILITIES;
        }
        EnumSet<Capability> withArm = EnumSet.copyOf(CAPABILITIES);
        withArm.add(Capability.ARM);
        withArm.add(Capability.ARM_DEPLOYMENTS);
        return withArm;
    }

    @Override
    public Optional<ArmEndpoint> arm() {
        if (armServer == null) {
            return Optional.empty();
        }
        URI base = armServer.armUri();
        ArmCredential credential = new ArmCredential.ClientSecret(base.resolve("/adfs/oauth2/token"),
                ArmIdentity.CLIENT_ID, ArmIdentity.CLIENT_SECRET, ArmIdentity.AUDIENCE + "/.default");
        ArmPacing pacing = new ArmPacing() {
            @Override
            public void pass(Duration duration) {
                control.advanceClock(duration);
            }

            @Override
            public boolean virtual() {
                return true;
            }
        };
        ArmNetworkNames network = ArmNetworkNames.tutorial().withRanges("127.0.0.0/16", "127.0.1.0/24");
        return Optional.of(new ArmEndpoint(base, Optional.of(armServer.caCertificate()), ArmIdentity.SUBSCRIPTION,
                ArmIdentity.TENANT, fleet.region(), credential, pacing, network));
    }

    /** A fleet device's private IP is its loopback address; each listens on the fleet's shared ports. */
    @Override
    public ApplianceAddress applianceAt(String privateIp) {
        FleetMember m = fleet.members().stream().filter(d -> d.slot().address().equals(privateIp)).findFirst()
                .orElseThrow(() -> new TargetException("No device of the emulated fleet has the address " + privateIp));
        return new ApplianceAddress(m.sshAddress().getAddress().getHostAddress(), m.sshAddress().getPort(),
                m.ntlsAddress().getPort());
    }

    @Override
    public synchronized LunashSession openShell(ApplianceAddress at, Account who) {
        SshEndpoint endpoint = others.computeIfAbsent(at.host() + ":" + at.sshPort(),
                k -> new SshEndpoint(new InetSocketAddress(at.host(), at.sshPort()), TIMEOUT));
        return endpoint.openShell(who);
    }

    @Override
    public Account adminAccount() {
        return Account.of(profile.adminAccount(), "PASSWORD");
    }

    @Override
    public Account recoverAccount() {
        return Account.of("recover", "PASSWORD");
    }

    @Override
    public String auditorPassword() {
        return ApplianceConfig.DEFAULT_AUDIT_PASSWORD;
    }

    @Override
    public LunashSession openShell(Account who) {
        return ssh.openShell(who);
    }

    @Override
    public ConsoleSession openConsole() {
        return ConsoleDriver.connect(node.consoleAddress(), TIMEOUT, "\r");
    }

    @Override
    public ApplianceAddress address() {
        return new ApplianceAddress(node.sshAddress().getAddress().getHostAddress(), node.sshAddress().getPort(),
                node.ntlsAddress().getPort());
    }

    @Override
    public LunacmSession lunacm() {
        return clientHost().lunacm();
    }

    @Override
    public ClientApplication application() {
        return clientHost().application();
    }

    /** The client host, made on first use. */
    private synchronized ClientHost clientHost() {
        if (clientHost == null) {
            clientHost = ClientHost.create(clock::now, CLIENT_SEED, LunacmSession.DEFAULT_TIMEOUT);
        }
        return clientHost;
    }

    /** Further appliances on 127.0.0.2, .3 ..., started when first asked for. */
    @Override
    public synchronized List<PeerAppliance> peerAppliances(int count) {
        while (peers.size() < count) {
            peers.add(EmulatorPeer.start(peers.size() + 1, clock, profile, TIMEOUT));
        }
        return List.copyOf(peers);
    }

    @Override
    public Optional<EmulatorControl> control() {
        Optional<ArmControl> arm = armServer == null ? Optional.empty()
                : Optional.of(new InProcessArmControl(control, fleet.options().stamps()));
        return Optional.of(new InProcessControl(control, node.id(), new EmulatorSupportControl(node.node()), arm));
    }

    @Override
    public void close() {
        try (AutoCloseable f = fleet; AutoCloseable s = ssh; AutoCloseable a = armServer) {
            for (SshEndpoint e : others.values()) {
                e.close();
            }
            if (clientHost != null) {
                clientHost.close();
            }
            for (EmulatorPeer peer : peers) {
                peer.close();
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new TargetException("Could not power the emulated appliance off: " + e.getMessage(), e);
        } finally {
            deleteTree(tlsDir);
        }
    }

    private static void deleteTree(Path dir) {
        if (dir == null) {
            return;
        }
        try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A temporary directory left behind is harmless; the OS cleans it.
        }
    }
}
