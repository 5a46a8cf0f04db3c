package dev.dhsm.client.it;

import dev.dhsm.appliance.files.DirectoryFileArea;
import dev.dhsm.appliance.lunash.Lunash;
import dev.dhsm.appliance.ssh.SshListener;
import dev.dhsm.client.TestPki;
import dev.dhsm.model.Appliance;
import dev.dhsm.model.ApplianceConfig;
import dev.dhsm.model.CertificateIssuer;
import dev.dhsm.model.Channel;
import dev.dhsm.model.ManualClock;
import dev.dhsm.model.ServerCertificate;
import dev.dhsm.model.ShellSession;
import dev.dhsm.model.StateSink;
import dev.dhsm.wire.tls.CertifiedKey;
import dev.dhsm.wire.tls.Pem;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A whole emulated appliance in this JVM for the client's end-to-end tests: the model on a manual clock, the admin
 * password already changed, the HSM initialized, partitions created, and lunash over SSH on a loopback port.
 * Server certificates come from the tests' fixed key, so no test waits for RSA key generation.
 */
final class InProcessAppliance implements AutoCloseable {

    static final String ADMIN = "tenantadmin";
    static final String ADMIN_PASSWORD = "Adm1n#Passw0rd";
    static final String HSM_SO_PASSWORD = "SOpassw0rd";

    final ManualClock clock = ManualClock.startingAt(TestPki.NOW.toString());
    final DirectoryFileArea files;
    final Appliance appliance;
    final Lunash lunash;
    final SshListener ssh;
    final CertificateIssuer issuer;
    private final AtomicLong serials = new AtomicLong(100);

    InProcessAppliance(Path dir, String... partitions) throws IOException {
        this(dir, "127.0.0.1", "1234567", java.util.List.of(partitions));
    }

    /** An appliance listening on {@code host} (each appliance of an HA test has its own loopback address). */
    InProcessAppliance(Path dir, String host, String hsmSerial, java.util.List<String> partitions) throws IOException {
        files = new DirectoryFileArea(dir.resolve("appliance-files"));
        appliance = Appliance.factoryNew(ApplianceConfig.azure("hsm-" + hsmSerial, hsmSerial), clock, StateSink.NONE, files);
        issuer = (cn, notBefore, notAfter) -> {
            CertifiedKey k = TestPki.certify(cn, serials.incrementAndGet(), notBefore, notAfter);
            return new ServerCertificate(Pem.write(k.certificate()), Pem.write(k.privateKey()), notBefore, notAfter);
        };
        lunash = new Lunash(appliance, issuer);
        ShellSession admin = appliance.login(ADMIN, "PASSWORD", Channel.SSH, "127.0.0.1").session().orElseThrow();
        appliance.run(tx -> tx.accounts().changePassword(admin, ADMIN_PASSWORD));
        shell(admin, "hsm init -label HSM1 -password " + HSM_SO_PASSWORD + " -domain hsmdomain -force");
        shell(admin, "hsm login -password " + HSM_SO_PASSWORD);
        for (String partition : partitions) {
            shell(admin, "partition create -partition " + partition + " -force");
        }
        appliance.endSession(admin);
        appliance.run(tx -> tx.ntls().ensureServerCertificate(issuer));
        ssh = SshListener.start(lunash, files, new InetSocketAddress(host, 0), null);
    }

    /** Runs lunash commands as the admin, as an operator at the appliance would; answers their output. */
    String lunash(String... commands) {
        ShellSession admin = appliance.login(ADMIN, ADMIN_PASSWORD, Channel.SSH, "127.0.0.1").session()
                .orElseThrow();
        try {
            StringBuilder out = new StringBuilder();
            for (String command : commands) {
                out.append(shell(admin, command));
            }
            return out.toString();
        } finally {
            appliance.endSession(admin);
        }
    }

    int sshPort() {
        return ssh.address().getPort();
    }

    /** The certificate NTLS serves now, as {@code server.pem}. */
    String serverPem() {
        return appliance.transact(tx -> tx.ntls().active().certificatePem());
    }

    private String shell(ShellSession session, String command) {
        ScriptedShellIO io = new ScriptedShellIO();
        lunash.execute(session, io, command);
        String out = io.take();
        if (!out.contains("Command Result : 0 (Success)")) {
            throw new IllegalStateException("'" + command + "' failed:\n" + out);
        }
        return out;
    }

    @Override
    public void close() {
        ssh.close();
    }
}
