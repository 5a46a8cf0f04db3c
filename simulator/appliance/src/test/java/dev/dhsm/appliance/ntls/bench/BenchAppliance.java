package dev.dhsm.appliance.ntls.bench;

import dev.dhsm.appliance.files.DirectoryFileArea;
import dev.dhsm.appliance.ntls.NtlsListener;
import dev.dhsm.appliance.ntls.SelfSignedCertificateIssuer;
import dev.dhsm.model.Appliance;
import dev.dhsm.model.ApplianceConfig;
import dev.dhsm.model.Channel;
import dev.dhsm.model.KeyTemplate;
import dev.dhsm.model.KeyUsage;
import dev.dhsm.model.ManualClock;
import dev.dhsm.model.Mechanism;
import dev.dhsm.model.PartitionRole;
import dev.dhsm.model.PartitionSession;
import dev.dhsm.model.ServerCertificate;
import dev.dhsm.model.ShellSession;
import dev.dhsm.model.StateSink;
import dev.dhsm.wire.NtlsClientHandler;
import dev.dhsm.wire.NtlsClientInitializer;
import dev.dhsm.wire.NtlsLimits;
import dev.dhsm.wire.message.Hello;
import dev.dhsm.wire.message.HelloOk;
import dev.dhsm.wire.message.Login;
import dev.dhsm.wire.message.NtlsRequest;
import dev.dhsm.wire.message.NtlsResponse;
import dev.dhsm.wire.message.Ok;
import dev.dhsm.wire.message.OpenSession;
import dev.dhsm.wire.message.SessionOpened;
import dev.dhsm.wire.pkcs11.Cku;
import dev.dhsm.wire.tls.CertifiedKey;
import dev.dhsm.wire.tls.NtlsHandshakeListener;
import dev.dhsm.wire.tls.NtlsSslContexts;
import dev.dhsm.wire.tls.Pem;
import dev.dhsm.wire.tls.PinnedServerTrustManager;
import dev.dhsm.wire.tls.SelfSignedCertificates;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.ssl.SslContext;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * An initialized Azure appliance for the benchmark: partition p1 initialized with a Crypto Officer, an RSA-2048 and
 * an EC P-256 signing key, the client {@code bench} registered and assigned, NTLS listening on loopback, and the
 * client side (its own network threads) to connect with.
 */
final class BenchAppliance implements AutoCloseable {

    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    static final String CO_PIN = "COpassw0rd";
    static final long WAIT_SECONDS = 30;

    final Path dir;
    final ManualClock clock = new ManualClock(NOW);
    final Appliance appliance;
    final PartitionSession inProcess;
    final long rsaKey;
    final long ecKey;
    final String partitionSerial;
    final NtlsListener listener;
    final CertifiedKey client;
    final X509Certificate serverPem;
    final EventLoopGroup clientGroup;
    private final SslContext clientTls;

    BenchAppliance() throws Exception {
        dir = Files.createTempDirectory("dhsm-ntls-bench");
        DirectoryFileArea files = new DirectoryFileArea(dir);
        appliance = Appliance.factoryNew(ApplianceConfig.azure("bench", "572413"), clock, StateSink.NONE, files);
        ShellSession admin = appliance.login("tenantadmin", "PASSWORD", Channel.SSH, "127.0.0.1/1").session()
                .orElseThrow();
        appliance.run(tx -> tx.hsm().hardInit(admin, "BENCH", "SOpassw0rd", "dom1"));
        appliance.run(tx -> tx.hsm().login(admin, "SOpassw0rd"));
        partitionSerial = appliance.transact(tx -> tx.partitions().create(admin, "p1", null)).serial();
        client = new SelfSignedCertificates(new SecureRandom()).clientCertificate("bench", BigInteger.ONE,
                NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(3650)));
        files.write("tenantadmin", "bench.pem", Pem.write(client.certificate()).getBytes(StandardCharsets.US_ASCII));
        appliance.run(tx -> tx.clients().register(admin, "bench", "127.0.0.1", true));
        appliance.run(tx -> tx.clients().assign("bench", "p1"));
        inProcess = appliance.transact(tx -> tx.slots().open("bench", partitionSerial));
        cryptoOfficer(inProcess);
        rsaKey = appliance.transact(tx -> tx.objects().generateKeyPair(inProcess, Mechanism.RSA_PKCS_KEY_PAIR_GEN,
                2048, null, KeyTemplate.labelled("rsa-pub", Set.of(KeyUsage.VERIFY)),
                KeyTemplate.labelled("rsa", Set.of(KeyUsage.SIGN))))[1];
        ecKey = appliance.transact(tx -> tx.objects().generateKeyPair(inProcess, Mechanism.EC_KEY_PAIR_GEN, 0,
                "P-256", KeyTemplate.labelled("ec-pub", Set.of(KeyUsage.VERIFY)),
                KeyTemplate.labelled("ec", Set.of(KeyUsage.SIGN))))[1];
        listener = NtlsListener.start(appliance, new SelfSignedCertificateIssuer(),
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        serverPem = Pem.readCertificate(new String(files.read("tenantadmin", "server.pem").orElseThrow(),
                StandardCharsets.US_ASCII));
        clientGroup = new MultiThreadIoEventLoopGroup(Runtime.getRuntime().availableProcessors(),
                new DefaultThreadFactory("bench-client", true), NioIoHandler.newFactory());
        clientTls = NtlsSslContexts.forClient(client, new PinnedServerTrustManager(serverPem, clock::now));
    }

    private void cryptoOfficer(PartitionSession s) {
        appliance.run(tx -> tx.roles().initPartition(s, "P1", "POpassw0rd", "domain-a"));
        appliance.run(tx -> tx.roles().login(s, PartitionRole.PO, "POpassw0rd"));
        appliance.run(tx -> tx.roles().initRole(s, PartitionRole.CO, "firstCOpw1"));
        appliance.run(tx -> tx.roles().logout(s));
        appliance.run(tx -> tx.roles().login(s, PartitionRole.CO, "firstCOpw1"));
        appliance.run(tx -> tx.roles().changePin(s, PartitionRole.CO, "firstCOpw1", CO_PIN));
    }

    /** The certificate and key NTLS serves, for a bare TLS server to present the same identity. */
    CertifiedKey serverIdentity() throws IOException {
        ServerCertificate active = appliance.transact(tx -> tx.ntls().active());
        return new CertifiedKey(Pem.readCertificate(active.certificatePem()),
                Pem.readPrivateKey(active.privateKeyPem()));
    }

    /** A client bootstrap for {@code address} on the NTLS client pipeline. */
    Bootstrap bootstrap(InetSocketAddress address) {
        return new Bootstrap().group(clientGroup).channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, Boolean.TRUE)
                .handler(new NtlsClientInitializer(clientTls, NtlsLimits.DEFAULT, NtlsHandshakeListener.NONE))
                .remoteAddress(address);
    }

    /** Connects, says Hello and opens a session; logs in as the Crypto Officer when asked. */
    Connection open(boolean login) throws Exception {
        io.netty.channel.Channel channel = bootstrap(listener.address()).connect().sync().channel();
        if (!NtlsClientInitializer.tls(channel).handshakeFuture().await(WAIT_SECONDS, TimeUnit.SECONDS)) {
            throw new IllegalStateException("no handshake");
        }
        NtlsClientHandler handler = NtlsClientInitializer.client(channel);
        call(handler, new Hello(1, "bench", "7.2.0"), HelloOk.class);
        long session = call(handler, new OpenSession(Long.parseLong(partitionSerial), true), SessionOpened.class)
                .session();
        if (login) {
            call(handler, new Login(session, Cku.USER, CO_PIN), Ok.class);
        }
        return new Connection(channel, handler, session);
    }

    static <T extends NtlsResponse> T call(NtlsClientHandler handler, NtlsRequest request, Class<T> type)
            throws Exception {
        NtlsResponse response = handler.send(request).get(WAIT_SECONDS, TimeUnit.SECONDS);
        if (!type.isInstance(response)) {
            throw new IllegalStateException(request + " answered " + response);
        }
        return type.cast(response);
    }

    /** One benchmark client connection with its session. */
    record Connection(io.netty.channel.Channel channel, NtlsClientHandler handler, long session) {
    }

    @Override
    public void close() throws IOException {
        listener.close();
        clientGroup.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
