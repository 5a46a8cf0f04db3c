package dev.dhsm.appliance.ntls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.dhsm.wire.NtlsClientInitializer;
import dev.dhsm.wire.NtlsLimits;
import dev.dhsm.wire.message.ErrorResponse;
import dev.dhsm.wire.message.Hello;
import dev.dhsm.wire.message.HelloOk;
import dev.dhsm.wire.message.NtlsRequest;
import dev.dhsm.wire.message.NtlsResponse;
import dev.dhsm.wire.tls.CertifiedKey;
import dev.dhsm.wire.tls.NtlsHandshakeFailure;
import dev.dhsm.wire.tls.NtlsHandshakeListener;
import dev.dhsm.wire.tls.NtlsSslContexts;
import dev.dhsm.wire.tls.PinnedServerTrustManager;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.util.concurrent.Future;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.security.cert.X509Certificate;
import java.time.InstantSource;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** A Luna client's NTLS connection for tests, on the wire module's client pipeline; every wait is bounded. */
final class LoopbackNtlsClient implements AutoCloseable {

    static final long WAIT_SECONDS = 20;

    private final Channel channel;
    private final String peer;
    private final Future<Channel> handshake;
    private final CompletableFuture<NtlsHandshakeFailure> failure = new CompletableFuture<>();

    private LoopbackNtlsClient(Channel channel, String peer, Future<Channel> handshake) {
        this.channel = channel;
        this.peer = peer;
        this.handshake = handshake;
    }

    /** Connects with {@code identity}, trusting only {@code pinned}, and waits for the TLS handshake to end. */
    static LoopbackNtlsClient connect(EventLoopGroup group, InetSocketAddress appliance, CertifiedKey identity,
                                  X509Certificate pinned, InstantSource clock) throws Exception {
        CompletableFuture<NtlsHandshakeFailure> failed = new CompletableFuture<>();
        NtlsHandshakeListener outcomes = new NtlsHandshakeListener() {
            @Override
            public void handshakeFailed(SocketAddress remote, NtlsHandshakeFailure cause) {
                failed.complete(cause);
            }
        };
        NtlsClientInitializer pipeline = new NtlsClientInitializer(NtlsSslContexts.forClient(identity,
                new PinnedServerTrustManager(pinned, clock)), NtlsLimits.DEFAULT, outcomes);
        // The appliance may close the connection at once (NTLS unreachable), which empties the pipeline: take the
        // handshake future and the local address while the connection is being set up.
        CompletableFuture<Future<Channel>> handshake = new CompletableFuture<>();
        CompletableFuture<SocketAddress> local = new CompletableFuture<>();
        ChannelInitializer<Channel> capturing = new ChannelInitializer<>() {
            @Override
            protected void initChannel(Channel channel) {
                channel.pipeline().addLast(new ChannelInboundHandlerAdapter() {
                    @Override
                    public void channelActive(ChannelHandlerContext ctx) {
                        local.complete(ctx.channel().localAddress());
                        ctx.fireChannelActive();
                    }
                });
                channel.pipeline().addLast(pipeline);
                handshake.complete(NtlsClientInitializer.tls(channel).handshakeFuture());
            }
        };
        Channel channel = new Bootstrap().group(group).channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, Boolean.TRUE)
                .handler(capturing).connect(appliance).sync().channel();
        LoopbackNtlsClient client = new LoopbackNtlsClient(channel,
                NtlsConnection.peer(local.get(WAIT_SECONDS, TimeUnit.SECONDS)), handshake.getNow(null));
        failed.whenComplete((cause, e) -> client.failure.complete(cause));
        client.handshake.await(WAIT_SECONDS, TimeUnit.SECONDS);
        return client;
    }

    boolean handshakeSucceeded() {
        return handshake.isDone() && handshake.isSuccess();
    }

    /** Why this end saw the handshake fail. */
    NtlsHandshakeFailure handshakeFailure() throws Exception {
        return failure.get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    /** {@code ip/port} of this end, as the appliance logs it. */
    String peer() {
        return peer;
    }

    HelloOk hello() throws Exception {
        return expect(new Hello(1, "test-client", "7.2.0"), HelloOk.class);
    }

    NtlsResponse call(NtlsRequest request) throws Exception {
        return NtlsClientInitializer.client(channel).send(request).get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    /** Sends a request and expects an answer of the given type (an {@code ErrorResponse} fails with its text). */
    <T extends NtlsResponse> T expect(NtlsRequest request, Class<T> type) throws Exception {
        NtlsResponse response = call(request);
        if (response instanceof ErrorResponse error && type != ErrorResponse.class) {
            throw new AssertionError(request + " was refused: " + error);
        }
        return assertInstanceOf(type, response);
    }

    /** Sends a request and expects it to be refused with {@code status}. */
    ErrorResponse refused(NtlsRequest request, long status) throws Exception {
        ErrorResponse error = expect(request, ErrorResponse.class);
        assertEquals(status, error.status(), () -> "status of " + error);
        return error;
    }

    /** Waits until the connection is closed (by either end). */
    void awaitClosed() throws Exception {
        if (!channel.closeFuture().await(WAIT_SECONDS, TimeUnit.SECONDS)) {
            throw new AssertionError("the connection is still open");
        }
    }

    boolean isOpen() {
        return channel.isActive();
    }

    @Override
    public void close() {
        channel.close().awaitUninterruptibly(WAIT_SECONDS, TimeUnit.SECONDS);
    }
}
