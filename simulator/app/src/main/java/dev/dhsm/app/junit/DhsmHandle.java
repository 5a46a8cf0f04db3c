package dev.dhsm.app.junit;

import dev.dhsm.app.Fleet;
import dev.dhsm.app.FleetOptions;
import dev.dhsm.app.NodeOptions;
import dev.dhsm.app.control.ControlServer;
import dev.dhsm.app.control.EmulatorControl;
import dev.dhsm.app.control.FaultChange;
import dev.dhsm.app.control.FleetClock;
import dev.dhsm.model.ManualClock;
import dev.dhsm.model.Profile;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A running emulated appliance (or fleet) as a test sees it: where each appliance answers (lunash over SSH,
 * the serial console, NTLS), its factory account and password, the manual clock, and the emulator's control plane
 * (faults, support actions, snapshots) in Java and, when asked for, over HTTPS.
 */
public final class DhsmHandle implements AutoCloseable {
    /** The password every factory-fresh account has (changed at first login). */
    public static final String FACTORY_PASSWORD = "PASSWORD";

    private final Fleet fleet;
    private final ManualClock clock;
    private final EmulatorControl control;
    private final ControlServer https;

    private DhsmHandle(Fleet fleet, ManualClock clock, EmulatorControl control, ControlServer https) {
        this.fleet = fleet;
        this.clock = clock;
        this.control = control;
        this.https = https;
    }

    /**
     * Powers on an ephemeral appliance ({@code stamps} 0) or fleet on loopback and free ports.
     *
     * @param serveHttps also serve the HTTPS control API on a free port
     */
    public static DhsmHandle start(int stamps, String region, Profile profile, Instant clockStart,
                                   boolean serveHttps) throws IOException {
        ManualClock clock = new ManualClock(clockStart);
        NodeOptions node = NodeOptions.ephemeral().withAnyFreePorts().withProfile(profile).withClock(clock);
        Fleet fleet = Fleet.start(new FleetOptions(node, region, stamps, FleetOptions.DEFAULT_FIRST_SERIAL));
        try {
            EmulatorControl control = new EmulatorControl(fleet, FleetClock.of(clock));
            ControlServer https = serveHttps
                    ? ControlServer.start(control, NodeOptions.DEFAULT_BIND, 0, fleet.homeDirectory()) : null;
            return new DhsmHandle(fleet, clock, control, https);
        } catch (IOException | RuntimeException e) {
            fleet.close();
            throw e;
        }
    }

    /** The emulator's control plane: clock, faults, support actions, snapshot, restore, reset. */
    public EmulatorControl control() {
        return control;
    }

    public ManualClock clock() {
        return clock;
    }

    /** Moves the appliances' clock forward (lockouts end, support hard reboots complete). */
    public Instant advanceClock(Duration by) {
        return control.advanceClock(by).now();
    }

    /** The appliance ids in fleet order ({@code hsm1} for a single appliance, {@code eastus-s1-d01}... for a fleet). */
    public List<String> applianceIds() {
        return fleet.members().stream().map(m -> m.id()).toList();
    }

    /** Where the (first) appliance answers lunash over SSH. */
    public InetSocketAddress ssh() {
        return ssh(applianceIds().get(0));
    }

    public InetSocketAddress ssh(String applianceId) {
        return control.sshAddress(applianceId);
    }

    /** Where the (first) appliance's serial console answers, as raw TCP. */
    public InetSocketAddress console() {
        return console(applianceIds().get(0));
    }

    public InetSocketAddress console(String applianceId) {
        return control.consoleAddress(applianceId);
    }

    /** Where the (first) appliance's NTLS service answers. */
    public InetSocketAddress ntls() {
        return ntls(applianceIds().get(0));
    }

    public InetSocketAddress ntls(String applianceId) {
        return control.ntlsAddress(applianceId);
    }

    /** The appliance administrator's account: {@code tenantadmin} (Azure) or {@code admin} (Thales). */
    public String adminAccount() {
        return fleet.members().get(0).node().appliance().profile().adminAccount();
    }

    /** Injects faults into the (first) appliance. */
    public void inject(FaultChange faults) {
        control.setFaults(applianceIds().get(0), faults);
    }

    /** The HTTPS control API's root ({@code https://127.0.0.1:<port>/__admin/dhsm/}); needs {@code https = true}. */
    public URI controlUri() {
        return requireHttps().controlUri();
    }

    /**
     * The ARM facade's endpoint ({@code https://127.0.0.1:<port>/}, the same server as the control API); needs
     * {@code https = true}. Tokens: {@code control().armToken()}, or the ADFS endpoint under {@code /adfs}.
     */
    public URI armUri() {
        return requireHttps().armUri();
    }

    /** The CA certificate the HTTPS control API's certificate chains to. */
    public Path caCertificate() {
        return requireHttps().caCertificate();
    }

    /** A TLS context that trusts the HTTPS control API (and nothing else), e.g. for {@code java.net.http}. */
    public SSLContext sslContext() {
        try (InputStream pem = Files.newInputStream(caCertificate())) {
            KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
            trust.load(null, null);
            trust.setCertificateEntry("dhsm-ca", CertificateFactory.getInstance("X.509").generateCertificate(pem));
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot trust the control API's CA certificate " + caCertificate(), e);
        }
    }

    private ControlServer requireHttps() {
        if (https == null) {
            throw new IllegalStateException("the HTTPS control API is off: annotate with https = true");
        }
        return https;
    }

    /** Powers everything off; an ephemeral fleet leaves nothing behind. */
    @Override
    public void close() {
        try {
            if (https != null) {
                https.close();
            }
        } finally {
            fleet.close();
        }
    }
}
