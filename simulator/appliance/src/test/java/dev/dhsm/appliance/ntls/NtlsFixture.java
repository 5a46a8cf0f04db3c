package dev.dhsm.appliance.ntls;

import dev.dhsm.appliance.files.DirectoryFileArea;
import dev.dhsm.model.Appliance;
import dev.dhsm.model.ApplianceConfig;
import dev.dhsm.model.Channel;
import dev.dhsm.model.ManualClock;
import dev.dhsm.model.PartitionView;
import dev.dhsm.model.ShellSession;
import dev.dhsm.model.StateSink;
import dev.dhsm.model.SyslogEntry;
import dev.dhsm.wire.message.InitPin;
import dev.dhsm.wire.message.InitToken;
import dev.dhsm.wire.message.ListSlots;
import dev.dhsm.wire.message.Login;
import dev.dhsm.wire.message.Logout;
import dev.dhsm.wire.message.Ok;
import dev.dhsm.wire.message.OpenSession;
import dev.dhsm.wire.message.SessionOpened;
import dev.dhsm.wire.message.SetPin;
import dev.dhsm.wire.message.SlotList;
import dev.dhsm.wire.pkcs11.Cku;
import dev.dhsm.wire.tls.CertifiedKey;
import dev.dhsm.wire.tls.Pem;
import dev.dhsm.wire.tls.SelfSignedCertificates;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An initialized Azure appliance (HSM serial 572413) with partitions p1 and p2, its NTLS listener on loopback, and
 * the client certificates the tests use; clients are registered and assigned through the model as lunash does.
 */
final class NtlsFixture implements AutoCloseable {

    static final String SO_PASSWORD = "SOpassw0rd";
    static final String PO_PIN = "POpassw0rd";
    static final String CO_PIN = "COpassw0rd";
    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final Duration DAY = Duration.ofDays(1);
    private static final SelfSignedCertificates CERTIFICATES = new SelfSignedCertificates(seeded(1792));
    static final CertifiedKey APP1 = CERTIFICATES.clientCertificate("app1", BigInteger.ONE, NOW.minus(DAY),
            NOW.plus(Duration.ofDays(3650)));
    // The others share APP1's key (RSA key generation is slow): the appliance compares whole certificates.
    static final CertifiedKey APP2 = sameKey("app2", 2, NOW.minus(DAY), NOW.plus(Duration.ofDays(3650)));
    static final CertifiedKey STRANGER = sameKey("stranger", 3, NOW.minus(DAY), NOW.plus(Duration.ofDays(3650)));
    static final CertifiedKey LAPSED = sameKey("lapsed", 4, NOW.minus(Duration.ofDays(400)), NOW.minus(DAY));

    final ManualClock clock = new ManualClock(NOW);
    final InstantSource clientClock = () -> clock.now();
    final DirectoryFileArea files;
    final Appliance appliance;
    final ShellSession admin;
    final PartitionView p1;
    final PartitionView p2;
    final FakeCertificateIssuer issuer = new FakeCertificateIssuer();
    final NtlsListener listener;
    private final EventLoopGroup clientGroup = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());

    NtlsFixture(Path dir) throws Exception {
        files = new DirectoryFileArea(dir);
        appliance = Appliance.factoryNew(ApplianceConfig.azure("hsm1", "572413"), clock, StateSink.NONE, files);
        admin = appliance.login("tenantadmin", "PASSWORD", Channel.SSH, "127.0.0.1/2000").session().orElseThrow();
        appliance.run(tx -> tx.hsm().hardInit(admin, "HSM1", SO_PASSWORD, "dom1"));
        appliance.run(tx -> tx.hsm().login(admin, SO_PASSWORD));
        p1 = appliance.transact(tx -> tx.partitions().create(admin, "p1", null));
        p2 = appliance.transact(tx -> tx.partitions().create(admin, "p2", null));
        listener = NtlsListener.start(appliance, issuer, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    }

    /** {@code scp <name>.pem}, {@code client register -client <name> -ip <ip>}, {@code client assignPartition}. */
    void register(String name, CertifiedKey identity, String ip, String... partitions) {
        files.write("tenantadmin", name + ".pem", Pem.write(identity.certificate()).getBytes(StandardCharsets.US_ASCII));
        appliance.run(tx -> tx.clients().register(admin, name, ip, true));
        for (String partition : partitions) {
            appliance.run(tx -> tx.clients().assign(name, partition));
        }
    }

    /** {@code scp admin@hsm:server.pem .}: the certificate the appliance offers now. */
    X509Certificate serverPem() throws Exception {
        byte[] pem = files.read("tenantadmin", "server.pem").orElseThrow();
        return Pem.readCertificate(new String(pem, StandardCharsets.US_ASCII));
    }

    LoopbackNtlsClient connect(CertifiedKey identity) throws Exception {
        return connect(identity, serverPem());
    }

    LoopbackNtlsClient connect(CertifiedKey identity, X509Certificate pinned) throws Exception {
        return LoopbackNtlsClient.connect(clientGroup, listener.address(), identity, pinned, clientClock);
    }

    /**
     * Over NTLS on {@code client}'s first slot: {@code partition init}, the PO initializes the CO, the CO logs in and
     * changes its password; answers the session the CO is logged in on.
     */
    static long cryptoOfficer(LoopbackNtlsClient client) throws Exception {
        long slot = client.expect(new ListSlots(), SlotList.class).slots().get(0).slotId();
        client.expect(new InitToken(slot, PO_PIN, "P1", "domain-a"), Ok.class);
        long session = client.expect(new OpenSession(slot, true), SessionOpened.class).session();
        client.expect(new Login(session, Cku.SO, PO_PIN), Ok.class);
        client.expect(new InitPin(session, Cku.USER, "firstCOpw1"), Ok.class);
        client.expect(new Logout(session), Ok.class);
        client.expect(new Login(session, Cku.USER, "firstCOpw1"), Ok.class);
        client.expect(new SetPin(session, Cku.USER, "firstCOpw1", CO_PIN), Ok.class);
        return session;
    }

    /** Waits until the appliance has finished with the connection from {@code client} (logs included). */
    void awaitServerSide(LoopbackNtlsClient client) throws Exception {
        listener.closed(client.peer()).get(LoopbackNtlsClient.WAIT_SECONDS, TimeUnit.SECONDS);
    }

    /** The messages of the last {@code n} lines of {@code lunalogs}. */
    List<String> lunalogs(int n) {
        return appliance.transact(tx -> tx.syslog().tail("lunalogs", n, null)).stream()
                .map(SyslogEntry::message).toList();
    }

    @Override
    public void close() {
        listener.close();
        clientGroup.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    /** A client certificate laid out as {@code vtl createCert} makes it, on APP1's key. */
    private static CertifiedKey sameKey(String name, long serial, Instant notBefore, Instant notAfter) {
        return Reissue.onKeyOf(APP1, name, serial, notBefore, notAfter);
    }

    /** A SHA1PRNG seeded before first use, which makes it deterministic. */
    static SecureRandom seeded(long seed) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed);
            return random;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
