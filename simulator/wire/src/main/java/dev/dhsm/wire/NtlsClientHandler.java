package dev.dhsm.wire;

import dev.dhsm.wire.message.ErrorResponse;
import dev.dhsm.wire.message.NtlsMessageType;
import dev.dhsm.wire.message.NtlsRequest;
import dev.dhsm.wire.message.NtlsResponse;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.nio.channels.ClosedChannelException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client library's side of one NTLS connection: gives every request a fresh request id, lets several be
 * in flight at once, and completes each request's future with the response that echoes its id.
 *
 * <p>A response whose id matches no pending request, or whose type does not answer the request, is a
 * protocol error, as is anything the frame decoder reports: every pending request then fails with an
 * {@link NtlsProtocolException} and the connection closes. When the connection closes for any other reason
 * pending requests fail with {@link ClosedChannelException}. Futures complete on the connection's event loop,
 * so callers must not block inside their callbacks.
 */
public final class NtlsClientHandler extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(NtlsClientHandler.class);
    private static final long MAX_REQUEST_ID = 0xFFFFFFFFL;

    /** One request waiting for its response. */
    private record Pending(NtlsMessageType type, CompletableFuture<NtlsResponse> future) {
    }

    private final Map<Long, Pending> pending = new ConcurrentHashMap<>();
    private final AtomicLong nextId = new AtomicLong(1);
    private volatile Channel channel;

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        channel = ctx.channel();
    }

    /**
     * Sends a request and returns the future of its response (which may be an {@code ErrorResponse}).
     * Safe to call from any thread.
     */
    public CompletableFuture<NtlsResponse> send(NtlsRequest request) {
        Channel target = channel;
        if (target == null || !target.isActive()) {
            return CompletableFuture.failedFuture(new ClosedChannelException());
        }
        Pending waiting = new Pending(NtlsMessageType.of(request), new CompletableFuture<>());
        long id = register(waiting);
        target.writeAndFlush(new NtlsFrame(id, request)).addListener((ChannelFutureListener) written -> {
            if (!written.isSuccess() && pending.remove(id, waiting)) {
                waiting.future().completeExceptionally(written.cause());
            }
        });
        return waiting.future();
    }

    /** How many requests are waiting for their response. */
    public int pendingCount() {
        return pending.size();
    }

    private long register(Pending waiting) {
        while (true) {
            long id = nextId.getAndUpdate(current -> current >= MAX_REQUEST_ID ? 1 : current + 1);
            if (pending.putIfAbsent(id, waiting) == null) {
                return id;
            }
        }
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof NtlsProtocolViolation violation) {
            abort(ctx, new NtlsProtocolException(violation));
        } else if (msg instanceof NtlsFrame frame && frame.message() instanceof NtlsResponse response) {
            deliver(ctx, frame.requestId(), response);
        } else {
            ctx.fireChannelRead(msg);
        }
    }

    private void deliver(ChannelHandlerContext ctx, long requestId, NtlsResponse response) {
        if (requestId == NtlsWireFormat.CONNECTION_REQUEST_ID && response instanceof ErrorResponse error) {
            abort(ctx, new NtlsProtocolException(error.status(), error.message()));
            return;
        }
        Pending waiting = pending.remove(requestId);
        if (waiting == null) {
            abort(ctx, new NtlsProtocolException(new NtlsProtocolViolation(NtlsProtocolError.UNEXPECTED_RESPONSE,
                    requestId, "no request " + requestId + " is pending")));
            return;
        }
        if (!waiting.type().isAnsweredBy(response)) {
            NtlsProtocolException mismatch = new NtlsProtocolException(new NtlsProtocolViolation(
                    NtlsProtocolError.RESPONSE_TYPE_MISMATCH, requestId,
                    response.getClass().getSimpleName() + " does not answer " + waiting.type().messageName()));
            waiting.future().completeExceptionally(mismatch);
            abort(ctx, mismatch);
            return;
        }
        waiting.future().complete(response);
    }

    private void abort(ChannelHandlerContext ctx, Throwable cause) {
        LOG.warn("NTLS {}: closing the connection: {}", ctx.channel().id().asShortText(), cause.getMessage());
        failAll(cause);
        ctx.close();
    }

    private void failAll(Throwable cause) {
        for (Long id : pending.keySet()) {
            Pending waiting = pending.remove(id);
            if (waiting != null) {
                waiting.future().completeExceptionally(cause);
            }
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.debug("NTLS {}: connection failed", ctx.channel().id().asShortText(), cause);
        failAll(cause);
        ctx.close();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        failAll(new ClosedChannelException());
        ctx.fireChannelInactive();
    }
}
