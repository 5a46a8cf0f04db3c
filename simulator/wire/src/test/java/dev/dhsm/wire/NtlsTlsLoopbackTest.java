package dev.dhsm.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dhsm.wire.message.Hello;
import dev.dhsm.wire.message.NtlsResponse;
import dev.dhsm.wire.tls.BouncyCastleJsse;
import dev.dhsm.wire.tls.CertifiedKey;
import dev.dhsm.wire.tls.HandshakeFailureReason;
import dev.dhsm.wire.tls.NtlsHandshakeFailure;
import dev.dhsm.wire.tls.NtlsHandshakeListener;
import dev.dhsm.wire.tls.NtlsSslContexts;
import dev.dhsm.wire.tls.PinnedServerTrustManager;
import dev.dhsm.wire.tls.RegisteredClientTrustManager;
import dev.dhsm.wire.tls.TestCertificates;
import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import io.netty.util.concurrent.Future;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.security.cert.X509Certificate;
import java.time.InstantSource;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** A real appliance listener and client on loopback, with BouncyCastle JSSE at both ends. */
class NtlsTlsLoopbackTest {

    private static final long WAIT_SECONDS = 20;
    private static final InstantSource CLOCK = InstantSource.fixed(TestCertificates.NOW);
    private static final Set<X509Certificate> REGISTERED = new CopyOnWriteArraySet<>();
    private static final Outcomes SERVER_OUTCOMES = new Outcomes();
    private static final FakeNtlsService SERVICE = new FakeNtlsService();
    static final List<String> CIPHER_SUITES = NtlsSslContexts.CIPHER_SUITES;

    private static EventLoopGroup group;
    private static Channel listener;

    @BeforeAll
    static void startAppliance() throws Exception {
        group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
        SslContext tls = NtlsSslContexts.forAppliance(TestCertificates.APPLIANCE,
                new RegisteredClientTrustManager(() -> REGISTERED, CLOCK));
        listener = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childHandler(new NtlsServerInitializer(tls, NtlsLimits.DEFAULT, SERVICE, SERVER_OUTCOMES))
                .bind(InetAddress.getLoopbackAddress(), 0).sync().channel();
    }

    @AfterAll
    static void stopAppliance() {
        listener.close().syncUninterruptibly();
        group.shutdownGracefully(0, 0, TimeUnit.SECONDS).syncUninterruptibly();
    }

    @BeforeEach
    void registerOnlyTheKnownClients() {
        REGISTERED.clear();
        REGISTERED.addAll(List.of(TestCertificates.CLIENT.certificate(), TestCertificates.LAPSED.certificate(),
                TestCertificates.EARLY.certificate()));
        SERVER_OUTCOMES.events.clear();
    }

    @Test
    void aRegisteredClientHandshakesAndSaysHello() throws Exception {
        Outcomes client = new Outcomes();
        Channel channel = connect(TestCertificates.CLIENT, TestCertificates.APPLIANCE, client);

        assertTrue(handshake(channel).isSuccess());
        NtlsResponse answer = NtlsClientInitializer.client(channel).send(new Hello(1, "client-01", "7.2.0"))
                .get(WAIT_SECONDS, TimeUnit.SECONDS);

        assertEquals(FakeNtlsService.HELLO_OK, answer);
        assertEquals(TestCertificates.CLIENT.certificate(), SERVER_OUTCOMES.next());
        assertEquals(TestCertificates.APPLIANCE.certificate(), client.next());
        channel.close().sync();
    }

    @Test
    void anUnregisteredClientIsRefusedAsUnknown() throws Exception {
        assertBothSidesFail(TestCertificates.STRANGER, TestCertificates.APPLIANCE,
                HandshakeFailureReason.UNKNOWN_CERTIFICATE, HandshakeFailureReason.REJECTED_BY_PEER);
    }

    @Test
    void anExpiredClientCertificateIsRefusedAsExpired() throws Exception {
        assertBothSidesFail(TestCertificates.LAPSED, TestCertificates.APPLIANCE,
                HandshakeFailureReason.CERTIFICATE_EXPIRED, HandshakeFailureReason.REJECTED_BY_PEER);
    }

    @Test
    void aClientCertificateNotYetValidIsRefusedAsSuch() throws Exception {
        assertBothSidesFail(TestCertificates.EARLY, TestCertificates.APPLIANCE,
                HandshakeFailureReason.CERTIFICATE_NOT_YET_VALID, HandshakeFailureReason.REJECTED_BY_PEER);
    }

    @Test
    void aClientPinningAnotherApplianceRefusesTheServer() throws Exception {
        Outcomes client = new Outcomes();
        Channel channel = connect(TestCertificates.CLIENT, TestCertificates.OTHER_APPLIANCE, client);

        assertFalse(handshake(channel).isSuccess());

        NtlsHandshakeFailure clientSide = assertInstanceOf(NtlsHandshakeFailure.class, client.next());
        assertEquals(HandshakeFailureReason.UNKNOWN_CERTIFICATE, clientSide.reason(), clientSide.detail());
        NtlsHandshakeFailure serverSide = assertInstanceOf(NtlsHandshakeFailure.class, SERVER_OUTCOMES.next());
        assertEquals(HandshakeFailureReason.REJECTED_BY_PEER, serverSide.reason(), serverSide.detail());
    }

    @Test
    void registeringAClientTakesEffectOnItsNextConnection() throws Exception {
        assertFalse(handshake(connect(TestCertificates.STRANGER, TestCertificates.APPLIANCE, new Outcomes()))
                .isSuccess());

        REGISTERED.add(TestCertificates.STRANGER.certificate());

        assertTrue(handshake(connect(TestCertificates.STRANGER, TestCertificates.APPLIANCE, new Outcomes()))
                .isSuccess());
    }

    @Test
    void aTls13OnlyClientFindsNoCommonVersion() throws Exception {
        SslContext tls13 = SslContextBuilder.forClient()
                .keyManager(TestCertificates.CLIENT.privateKey(), TestCertificates.CLIENT.certificate())
                .sslProvider(SslProvider.JDK).sslContextProvider(BouncyCastleJsse.jsse())
                .protocols("TLSv1.3")
                .trustManager(new PinnedServerTrustManager(TestCertificates.APPLIANCE.certificate(), CLOCK))
                .endpointIdentificationAlgorithm(null)
                .build();
        Outcomes client = new Outcomes();

        assertFalse(handshake(connect(tls13, client)).isSuccess());

        NtlsHandshakeFailure serverSide = assertInstanceOf(NtlsHandshakeFailure.class, SERVER_OUTCOMES.next());
        assertEquals(HandshakeFailureReason.NO_COMMON_PARAMETERS, serverSide.reason(), serverSide.detail());
        NtlsHandshakeFailure clientSide = assertInstanceOf(NtlsHandshakeFailure.class, client.next());
        assertEquals(HandshakeFailureReason.NO_COMMON_PARAMETERS, clientSide.reason(), clientSide.detail());
    }

    @ParameterizedTest
    @FieldSource("CIPHER_SUITES")
    void everyNtlsCipherSuiteNegotiates(String suite) throws Exception {
        SslContext tls = NtlsSslContexts.forClient(TestCertificates.CLIENT,
                new PinnedServerTrustManager(TestCertificates.APPLIANCE.certificate(), CLOCK), List.of(suite));
        Channel channel = connect(tls, new Outcomes());

        assertTrue(handshake(channel).isSuccess());
        assertEquals(suite, NtlsClientInitializer.tls(channel).engine().getSession().getCipherSuite());
        assertEquals("TLSv1.2", NtlsClientInitializer.tls(channel).engine().getSession().getProtocol());
        channel.close().sync();
    }

    private void assertBothSidesFail(CertifiedKey clientIdentity, CertifiedKey pinned,
                                     HandshakeFailureReason serverReason, HandshakeFailureReason clientReason)
            throws Exception {
        Outcomes client = new Outcomes();
        Channel channel = connect(clientIdentity, pinned, client);

        assertFalse(handshake(channel).isSuccess());

        NtlsHandshakeFailure serverSide = assertInstanceOf(NtlsHandshakeFailure.class, SERVER_OUTCOMES.next());
        assertEquals(serverReason, serverSide.reason(), serverSide.detail());
        NtlsHandshakeFailure clientSide = assertInstanceOf(NtlsHandshakeFailure.class, client.next());
        assertEquals(clientReason, clientSide.reason(), clientSide.detail());
    }

    private static Channel connect(CertifiedKey identity, CertifiedKey pinned, Outcomes outcomes) throws Exception {
        SslContext tls = NtlsSslContexts.forClient(identity, new PinnedServerTrustManager(pinned.certificate(), CLOCK));
        return connect(tls, outcomes);
    }

    private static Channel connect(SslContext tls, Outcomes outcomes) throws Exception {
        SocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(),
                ((InetSocketAddress) listener.localAddress()).getPort());
        return new Bootstrap().group(group).channel(NioSocketChannel.class)
                .handler(new NtlsClientInitializer(tls, NtlsLimits.DEFAULT, outcomes))
                .connect(address).sync().channel();
    }

    private static Future<Channel> handshake(Channel channel) {
        Future<Channel> done = NtlsClientInitializer.tls(channel).handshakeFuture();
        assertTrue(done.awaitUninterruptibly(WAIT_SECONDS, TimeUnit.SECONDS), "handshake did not finish");
        return done;
    }

    /** Records handshake outcomes: the peer certificate on success, the classified failure otherwise. */
    private static final class Outcomes implements NtlsHandshakeListener {

        final BlockingQueue<Object> events = new LinkedBlockingQueue<>();

        @Override
        public void handshakeFailed(SocketAddress remote, NtlsHandshakeFailure failure) {
            events.add(failure);
        }

        @Override
        public void handshakeSucceeded(SocketAddress remote, X509Certificate peerCertificate) {
            events.add(peerCertificate);
        }

        Object next() throws InterruptedException {
            Object event = events.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            assertTrue(event != null, "no handshake outcome reported");
            return event;
        }
    }
}
