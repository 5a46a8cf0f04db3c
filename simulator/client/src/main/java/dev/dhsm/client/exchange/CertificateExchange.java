package dev.dhsm.client.exchange;

import dev.dhsm.client.ChrystokiConf;
import dev.dhsm.client.LunaClientException;
import dev.dhsm.client.ReturnCodes;
import dev.dhsm.client.ServerAddress;
import dev.dhsm.wire.tls.CertifiedKey;
import dev.dhsm.wire.tls.Pem;
import dev.dhsm.wire.tls.SelfSignedCertificates;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The client certificate exchange with one appliance, the registration flow of reference §7.3 done from the client
 * ({@code clientconfig deploy}): make the client's key and certificate if needed ({@code vtl createCert}), fetch
 * {@code server.pem} by scp and pin it ({@code vtl addServer}), upload {@code <client>.pem}, run
 * {@code client register} and {@code client assignPartition} over SSH, and write the server into
 * {@code Chrystoki.conf}.
 *
 * <p>Repeatable: an existing client certificate is reused, a registration or assignment that already exists is
 * accepted (a registration under another certificate is replaced), and {@code server.pem} is always fetched again,
 * which is how a client recovers after the appliance's certificate changed (FM-20).
 */
public final class CertificateExchange implements Deployer {

    private static final Duration CLIENT_CERT_VALIDITY = Duration.ofDays(3652);
    private static final Duration SSH_TIMEOUT = Duration.ofSeconds(30);

    private final InstantSource clock;
    private final SecureRandom random;

    public CertificateExchange(InstantSource clock, SecureRandom random) {
        this.clock = clock;
        this.random = random;
    }

    @Override
    public void deploy(DeployRequest r, Consumer<String> progress) {
        ClientFiles files = new ClientFiles(r.clientHome());
        boolean fresh = r.regenerate() || files.clientIdentity(r.clientName()).isEmpty();
        CertifiedKey identity = fresh ? createClientCertificate(files, r.clientName(), progress)
                : files.clientIdentity(r.clientName()).orElseThrow();
        if (!fresh) {
            progress.accept("Using the existing client certificate " + files.clientCertificate(r.clientName()));
        }
        try (ApplianceSsh ssh = new ApplianceSsh(r.server(), r.sshPort(), r.user(), r.password(), SSH_TIMEOUT)) {
            String serverPem = fetchServerCertificate(ssh, r.server());
            files.pinServer(r.server(), serverPem);
            progress.accept("Server certificate of " + r.server() + " written to " + files.serverCertificate(r.server())
                    + " and " + files.caFile());
            ssh.upload(Pem.write(identity.certificate()).getBytes(StandardCharsets.US_ASCII), r.clientName() + ".pem");
            progress.accept("Client certificate " + r.clientName() + ".pem copied to " + r.server());
            register(ssh, r, identity.certificate(), progress);
            assign(ssh, r, progress);
        }
        writeConfiguration(r, files);
        progress.accept("Server " + r.server() + " added to " + r.confFile());
    }

    private CertifiedKey createClientCertificate(ClientFiles files, String name, Consumer<String> progress) {
        Instant now = clock.instant();
        CertifiedKey identity = new SelfSignedCertificates(random).clientCertificate(name,
                new BigInteger(63, random), now.minus(Duration.ofDays(1)), now.plus(CLIENT_CERT_VALIDITY));
        files.writeClientIdentity(name, identity);
        progress.accept("Private Key created and written to: " + files.clientKey(name));
        progress.accept("Certificate created and written to: " + files.clientCertificate(name));
        return identity;
    }

    private static String fetchServerCertificate(ApplianceSsh ssh, String server) {
        String pem = new String(ssh.download("server.pem"), StandardCharsets.US_ASCII);
        try {
            Pem.readCertificate(pem);
        } catch (IOException e) {
            throw new LunaClientException(ReturnCodes.RC_FILE_ERROR, "server.pem from " + server
                    + " is not a certificate: " + e.getMessage(), e);
        }
        return pem;
    }

    private static void register(ApplianceSsh ssh, DeployRequest r, X509Certificate ours, Consumer<String> progress) {
        String host = r.clientHost().isEmpty() ? ssh.localAddress() : r.clientHost();
        String command = "client register -client " + r.clientName() + (r.byHostname() ? " -hostname " : " -ip ")
                + host;
        LunashReply reply = ssh.run(command);
        if (!reply.ok() && reply.mentions("is already registered")) {
            if (registeredUnder(ssh, r.clientName(), ours)) {
                progress.accept("Client " + r.clientName() + " is already registered with this certificate");
                return;
            }
            check(ssh.run("client delete -client " + r.clientName() + " -force"));
            progress.accept("Client " + r.clientName() + " was registered with another certificate: deleted");
            reply = ssh.run(command);
        }
        check(reply);
        progress.accept("Client " + r.clientName() + " registered on " + r.server() + " as " + host);
    }

    private static void assign(ApplianceSsh ssh, DeployRequest r, Consumer<String> progress) {
        LunashReply reply = ssh.run("client assignPartition -client " + r.clientName() + " -partition "
                + r.partition());
        if (!reply.ok() && reply.mentions("already has access")) {
            progress.accept("Partition " + r.partition() + " was already assigned to " + r.clientName());
            return;
        }
        check(reply);
        progress.accept("Partition " + r.partition() + " assigned to " + r.clientName());
    }

    private static boolean registeredUnder(ApplianceSsh ssh, String name, X509Certificate ours) {
        LunashReply reply = ssh.run("client fingerprint -client " + name);
        Optional<String> shown = reply.output().lines().filter(l -> l.startsWith("Certificate fingerprint:"))
                .map(l -> l.substring(l.indexOf(':') + 1).replace(":", "").trim()).findFirst();
        return shown.isPresent() && Fingerprints.matches(ours, shown.get());
    }

    private static void check(LunashReply reply) {
        if (!reply.ok()) {
            throw new LunaClientException(ReturnCodes.RC_GENERAL_ERROR, "'" + reply.command() + "' failed on the"
                    + " appliance: " + reply.errors());
        }
    }

    private static void writeConfiguration(DeployRequest r, ClientFiles files) {
        ChrystokiConf conf = Files.exists(r.confFile()) ? ChrystokiConf.read(r.confFile())
                : ChrystokiConf.standard(r.clientHome(), r.clientName());
        conf.with(ChrystokiConf.CLIENT_SECTION, "ClientPrivKeyFile", files.clientKey(r.clientName()).toString())
                .with(ChrystokiConf.CLIENT_SECTION, "ClientCertFile", files.clientCertificate(r.clientName()).toString())
                .with(ChrystokiConf.CLIENT_SECTION, "ServerCAFile", files.caFile().toString())
                .withServer(new ServerAddress(r.server(), r.ntlsPort(), 0))
                .write(r.confFile());
    }
}
