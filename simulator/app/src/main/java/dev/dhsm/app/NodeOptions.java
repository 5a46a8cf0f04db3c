package dev.dhsm.app;

import dev.dhsm.model.CertificateIssuer;
import dev.dhsm.model.Clock;
import dev.dhsm.model.Profile;
import dev.dhsm.model.SystemClock;
import java.nio.file.Path;

/**
 * How one emulated appliance is brought up: where its lunash SSH, serial-console and NTLS ports listen, where its
 * state lives ({@code dataDir} null keeps it in memory), its out-of-the-box profile, clock, id and HSM serial.
 * A null argument takes the default; a port of 0 takes any free port. {@code certificateIssuer} makes the NTLS
 * server certificate; null gives each appliance a fresh RSA-2048 key per certificate (test fleets pass a pooled one).
 */
public record NodeOptions(String bindAddress, int sshPort, int consolePort, Path dataDir, Profile profile,
                          Clock clock, String applianceId, String hsmSerial, int ntlsPort,
                          CertificateIssuer certificateIssuer) {
    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final int DEFAULT_SSH_PORT = 2222;
    public static final int DEFAULT_CONSOLE_PORT = 2323;
    /** The real appliance's NTLS port, fixed on the device. */
    public static final int DEFAULT_NTLS_PORT = 1792;
    public static final String DEFAULT_APPLIANCE_ID = "hsm1";
    public static final String DEFAULT_HSM_SERIAL = "572413";

    public NodeOptions {
        bindAddress = bindAddress == null ? DEFAULT_BIND : bindAddress;
        checkPort("ssh", sshPort);
        checkPort("console", consolePort);
        checkPort("ntls", ntlsPort);
        profile = profile == null ? Profile.AZURE : profile;
        clock = clock == null ? new SystemClock() : clock;
        applianceId = applianceId == null ? DEFAULT_APPLIANCE_ID : applianceId;
        hsmSerial = hsmSerial == null ? DEFAULT_HSM_SERIAL : hsmSerial;
    }

    /** As the canonical constructor, with the default certificate issuer. */
    public NodeOptions(String bindAddress, int sshPort, int consolePort, Path dataDir, Profile profile, Clock clock,
                       String applianceId, String hsmSerial, int ntlsPort) {
        this(bindAddress, sshPort, consolePort, dataDir, profile, clock, applianceId, hsmSerial, ntlsPort, null);
    }

    /** As the canonical constructor, with NTLS on its real port 1792. */
    public NodeOptions(String bindAddress, int sshPort, int consolePort, Path dataDir, Profile profile, Clock clock,
                       String applianceId, String hsmSerial) {
        this(bindAddress, sshPort, consolePort, dataDir, profile, clock, applianceId, hsmSerial, DEFAULT_NTLS_PORT);
    }

    /** Loopback, ports 2222, 2323 and 1792, in-memory state, Azure profile, system clock, {@code hsm1}, 572413. */
    public static NodeOptions ephemeral() {
        return new NodeOptions(null, DEFAULT_SSH_PORT, DEFAULT_CONSOLE_PORT, null, null, null, null, null,
                DEFAULT_NTLS_PORT);
    }

    /** As {@link #ephemeral()}, with state under {@code dataDir}. */
    public static NodeOptions durable(Path dataDir) {
        return ephemeral().withDataDir(dataDir);
    }

    public boolean isEphemeral() {
        return dataDir == null;
    }

    public NodeOptions withBindAddress(String value) {
        return new NodeOptions(value, sshPort, consolePort, dataDir, profile, clock, applianceId, hsmSerial, ntlsPort,
                certificateIssuer);
    }

    /** Every listener (SSH, console, NTLS) on any free port, as tests want. */
    public NodeOptions withAnyFreePorts() {
        return withPorts(0, 0).withNtlsPort(0);
    }

    public NodeOptions withNtlsPort(int ntls) {
        return new NodeOptions(bindAddress, sshPort, consolePort, dataDir, profile, clock, applianceId, hsmSerial, ntls,
                certificateIssuer);
    }

    public NodeOptions withPorts(int ssh, int console) {
        return new NodeOptions(bindAddress, ssh, console, dataDir, profile, clock, applianceId, hsmSerial, ntlsPort,
                certificateIssuer);
    }

    public NodeOptions withDataDir(Path value) {
        return new NodeOptions(bindAddress, sshPort, consolePort, value, profile, clock, applianceId, hsmSerial, ntlsPort,
                certificateIssuer);
    }

    public NodeOptions withProfile(Profile value) {
        return new NodeOptions(bindAddress, sshPort, consolePort, dataDir, value, clock, applianceId, hsmSerial, ntlsPort,
                certificateIssuer);
    }

    public NodeOptions withClock(Clock value) {
        return new NodeOptions(bindAddress, sshPort, consolePort, dataDir, profile, value, applianceId, hsmSerial, ntlsPort,
                certificateIssuer);
    }

    public NodeOptions withAppliance(String id, String serial) {
        return new NodeOptions(bindAddress, sshPort, consolePort, dataDir, profile, clock, id, serial, ntlsPort,
                certificateIssuer);
    }

    /** NTLS server certificates from {@code value} (null: a fresh key for each). */
    public NodeOptions withCertificateIssuer(CertificateIssuer value) {
        return new NodeOptions(bindAddress, sshPort, consolePort, dataDir, profile, clock, applianceId, hsmSerial, ntlsPort,
                value);
    }

    private static void checkPort(String which, int port) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException(which + " port must be 0 to 65535: " + port);
        }
    }
}
