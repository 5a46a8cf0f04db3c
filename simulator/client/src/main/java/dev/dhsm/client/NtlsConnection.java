package dev.dhsm.client;

import dev.dhsm.wire.NtlsClientHandler;
import dev.dhsm.wire.NtlsClientInitializer;
import dev.dhsm.wire.message.ErrorResponse;
import dev.dhsm.wire.message.Hello;
import dev.dhsm.wire.message.HelloOk;
import dev.dhsm.wire.message.NtlsRequest;
import dev.dhsm.wire.message.NtlsResponse;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.handler.ssl.SslHandler;
import io.netty.util.concurrent.Future;
import java.nio.channels.ClosedChannelException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One NTLS connection from the Luna client to an appliance on port 1792: TCP connect, mutual TLS, {@code Hello},
 * then requests from any number of threads, each answered or failed within the receive timeout.
 *
 * <p>Callers block on their own thread; a call from a Netty event loop thread is refused, since waiting there would
 * stall every connection on that loop. A request that gets no answer within the timeout fails with
 * {@code RC_OPERATION_TIMED_OUT} and the connection is closed, as the appliance is then presumed unreachable; the
 * appliance closes the connection's sessions with it.
 */
public final class NtlsConnection implements AutoCloseable {

    /** The protocol version this client speaks. */
    public static final int PROTOCOL_VERSION = 1;
    /** The client software version sent in {@code Hello}. */
    public static final String CLIENT_VERSION = "7.2.0";

    private static final Logger LOG = LoggerFactory.getLogger(NtlsConnection.class);

    private final ServerAddress server;
    private final Channel channel;
    private final NtlsClientHandler handler;
    private final Duration timeout;
    private volatile HelloOk hello;

    private NtlsConnection(ServerAddress server, Channel channel, Duration timeout) {
        this.server = server;
        this.channel = channel;
        this.handler = NtlsClientInitializer.client(channel);
        this.timeout = timeout;
    }

    /**
     * Connects, handshakes and says {@code Hello}. Failures: {@code RC_SOCKET_ERROR} /
     * {@code RC_HOST_RESOLUTION_ERROR} (no TCP connection), {@code RC_SSL_FAILED_HANDSHAKE} (TLS refused, by either
     * side), or the status of the appliance's answer to {@code Hello}.
     *
     * @param bootstrap  a client bootstrap whose handler is an {@code NtlsClientInitializer}
     * @param clientName the name sent in {@code Hello}
     */
    public static NtlsConnection open(Bootstrap bootstrap, ServerAddress server, String clientName, Duration timeout) {
        ChannelFuture connected = bootstrap.connect(server.host(), server.port());
        await(connected, timeout, server);
        if (!connected.isDone()) {
            connected.cancel(false);
            connected.channel().close();
            throw new LunaClientException(ReturnCodes.RC_SOCKET_ERROR, "cannot connect to " + server
                    + ": the connection attempt timed out");
        }
        if (!connected.isSuccess()) {
            throw TransportFailures.connect(server, connected.cause());
        }
        SslHandler tls = NtlsClientInitializer.tls(connected.channel());
        if (tls == null) {
            // The appliance closed the connection at once and Netty already took the pipeline down.
            connected.channel().close();
            throw TransportFailures.handshake(server, new ClosedChannelException());
        }
        NtlsConnection connection = new NtlsConnection(server, connected.channel(), timeout);
        try {
            Future<Channel> handshake = tls.handshakeFuture();
            await(handshake, timeout, server);
            if (!handshake.isSuccess()) {
                throw handshake.isDone() ? TransportFailures.handshake(server, handshake.cause())
                        : new LunaClientException(ReturnCodes.RC_OPERATION_TIMED_OUT,
                                "no TLS handshake with " + server + " within " + timeout.toMillis() + " ms");
            }
            connection.hello = connection.call(new Hello(PROTOCOL_VERSION, clientName, CLIENT_VERSION), HelloOk.class);
            LOG.debug("NTLS connection to {} ready: HSM {}", server, connection.hello.hsmSerial());
            return connection;
        } catch (RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** The appliance's answer to {@code Hello}: software and firmware versions, HSM serial. */
    public HelloOk hello() {
        return hello;
    }

    public ServerAddress server() {
        return server;
    }

    /** Whether the connection is still usable. */
    public boolean isOpen() {
        return channel.isActive();
    }

    /** Sends a request without waiting; the future completes on the event loop (do not block in callbacks). */
    public CompletableFuture<NtlsResponse> send(NtlsRequest request) {
        return handler.send(Objects.requireNonNull(request, "request"));
    }

    /**
     * Sends a request and waits for its answer: the typed response, or {@link LunaClientException} carrying the
     * appliance's {@code CKR_*} status, or the transport failure.
     */
    public <R extends NtlsResponse> R call(NtlsRequest request, Class<R> expected) {
        NtlsResponse response = await(send(request));
        if (response instanceof ErrorResponse error) {
            throw new LunaClientException(error.status(), error.message());
        }
        return expected.cast(response);
    }

    /** Waits for a sent request's answer, as {@link #call} does, without interpreting it. */
    public NtlsResponse await(CompletableFuture<NtlsResponse> answer) {
        refuseEventLoop();
        try {
            return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.warn("NTLS {}: no answer within {} ms; closing the connection", server, timeout.toMillis());
            close();
            throw new LunaClientException(ReturnCodes.RC_OPERATION_TIMED_OUT,
                    "no answer from " + server + " within " + timeout.toMillis() + " ms (ReceiveTimeout)");
        } catch (ExecutionException e) {
            throw TransportFailures.request(server, e);
        } catch (InterruptedException e) {
            throw TransportFailures.interrupted(server);
        }
    }

    /** Closes the connection; from any thread but an event loop's, returns once it is closed. */
    @Override
    public void close() {
        ChannelFuture closed = channel.close();
        if (!channel.eventLoop().inEventLoop()) {
            closed.awaitUninterruptibly(timeout.toMillis());
        }
    }

    private void refuseEventLoop() {
        if (channel.eventLoop().inEventLoop()) {
            throw new IllegalStateException("a blocking NTLS call was made on a Netty event loop thread");
        }
    }

    private static void await(Future<?> future, Duration timeout, ServerAddress server) {
        try {
            future.await(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            throw TransportFailures.interrupted(server);
        }
    }

    @Override
    public String toString() {
        return "NtlsConnection[" + server + (isOpen() ? "" : ", closed") + "]";
    }
}
