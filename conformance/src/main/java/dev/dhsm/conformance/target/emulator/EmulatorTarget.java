package dev.dhsm.conformance.target.emulator;

import dev.dhsm.appliance.console.ConsoleListener;
import dev.dhsm.appliance.files.DirectoryFileArea;
import dev.dhsm.appliance.lunash.Lunash;
import dev.dhsm.appliance.ssh.SshListener;
import dev.dhsm.model.Appliance;
import dev.dhsm.model.StateSink;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.dhsm.conformance.driver.ConsoleDriver;
import dev.dhsm.conformance.driver.SshEndpoint;
import dev.dhsm.conformance.target.Account;
import dev.dhsm.conformance.target.Capability;
import dev.dhsm.conformance.target.ConsoleSession;
import dev.dhsm.conformance.target.EmulatorControl;
import dev.dhsm.conformance.target.LunashSession;
import dev.dhsm.conformance.target.Target;
import dev.dhsm.conformance.target.TargetException;
import dev.dhsm.model.ApplianceConfig;
import dev.dhsm.model.ManualClock;
import dev.dhsm.model.Profile;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A factory-fresh emulated Azure Dedicated HSM in this process, powered on for one scenario: loopback, any free
 * ports, state in memory, and a manual clock that only the test moves. It is disposable, so guarded and
 * destructive scenarios may run, and its serial console is reachable.
 */
public final class EmulatorTarget implements Target {
    /** When every emulated appliance's clock starts: a fixed instant, so runs are repeatable. */
    public static final Instant CLOCK_START = Instant.parse("2026-01-05T09:00:00Z");
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final Set<Capability> CAPABILITIES = EnumSet.of(Capability.VIRTUAL_TIME,
            Capability.GUARDED_OK, Capability.DESTRUCTIVE_OK, Capability.SERIAL_CONSOLE);

    private final ManualClock clock;
    private final InterimNode node;
    private final SshEndpoint ssh;
    private final Profile profile;

    private EmulatorTarget(ManualClock clock, InterimNode node, Profile profile) {
        this.clock = clock;
        this.node = node;
        this.profile = profile;
        this.ssh = new SshEndpoint(node.sshAddress(), TIMEOUT);
    }

    /** Powers on a fresh appliance with the Azure profile. */
    public static EmulatorTarget start() {
        return start(Profile.AZURE);
    }

    public static EmulatorTarget start(Profile profile) {
        ManualClock clock = new ManualClock(CLOCK_START);
        try {
            InterimNode node = InterimNode.start(profile, clock);
            try {
                return new EmulatorTarget(clock, node, profile);
            } catch (RuntimeException e) {
                node.close();
                throw e;
            }
        } catch (IOException e) {
            throw new TargetException("Could not start the emulated appliance: " + e.getMessage(), e);
        }
    }

    @Override
    public String name() {
        return "emulator (in-process, " + profile.name().toLowerCase(java.util.Locale.ROOT) + " profile, ssh "
                + node.sshAddress() + ", console " + node.consoleAddress() + ")";
    }

    @Override
    public Set<Capability> capabilities() {
        return CAPABILITIES;
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
    public Optional<EmulatorControl> control() {
        return Optional.of(new EmulatorControl() {
            @Override
            public Instant clock() {
                return clock.now();
            }

            @Override
            public void advanceClock(Duration by) {
                clock.advance(by);
            }
        });
    }

    @Override
    public void close() {
        try {
            ssh.close();
        } finally {
            node.close();
        }
    }

    /** Until dev.dhsm.app.ApplianceNode is on main: the appliance and its two listeners, wired by hand. */
    private static final class InterimNode implements AutoCloseable {
        private final Path dir;
        private final SshListener ssh;
        private final ConsoleListener console;

        private InterimNode(Path dir, SshListener ssh, ConsoleListener console) {
            this.dir = dir;
            this.ssh = ssh;
            this.console = console;
        }

        static InterimNode start(Profile profile, ManualClock clock) throws IOException {
            Path dir = Files.createTempDirectory("dhsm-conformance-");
            DirectoryFileArea files = new DirectoryFileArea(dir.resolve("files"));
            Appliance appliance = Appliance.factoryNew(ApplianceConfig.azure("hsm1", "572413").withProfile(profile),
                    clock, StateSink.NONE, files);
            Lunash lunash = new Lunash(appliance);
            InetSocketAddress any = new InetSocketAddress("127.0.0.1", 0);
            SshListener ssh = SshListener.start(lunash, files, any, null);
            try {
                return new InterimNode(dir, ssh, ConsoleListener.start(lunash, any));
            } catch (IOException | RuntimeException e) {
                ssh.close();
                throw e;
            }
        }

        InetSocketAddress sshAddress() {
            return ssh.address();
        }

        InetSocketAddress consoleAddress() {
            return console.address();
        }

        @Override
        public void close() {
            try {
                ssh.close();
            } finally {
                console.close();
                try (var paths = Files.walk(dir)) {
                    paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                } catch (IOException e) {
                    // a temp directory left behind is harmless
                }
            }
        }
    }
}
