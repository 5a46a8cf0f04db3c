package dev.dhsm.wire;

import dev.dhsm.wire.message.ErrorResponse;
import dev.dhsm.wire.message.Hello;
import dev.dhsm.wire.message.HelloOk;
import dev.dhsm.wire.message.NtlsRequest;
import dev.dhsm.wire.message.NtlsResponse;
import dev.dhsm.wire.pkcs11.Ckr;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.EncoderException;
import io.netty.handler.ssl.SslHandler;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The appliance's side of one NTLS connection: enforces the connection life cycle (Hello first, answered
 * before anything else, never twice), executes requests one at a time in arrival order through the
 * {@link NtlsService}, echoes each request id in its response, and answers any protocol violation with one
 * error frame before closing the connection.
 *
 * <p>Clients may pipeline: requests received while one executes wait in a queue; when
 * {@link NtlsLimits#maxQueuedRequests()} are waiting the handler stops reading from the socket until the
 * queue drains. Responses leave in request order.
 */
public final class NtlsSessionHandler extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(NtlsSessionHandler.class);
    private static final SocketAddress UNKNOWN_ADDRESS = InetSocketAddress.createUnresolved("unknown", 0);

    /** Where the connection is in its life cycle. */
    private enum State { AWAITING_HELLO, HELLO_PENDING, READY, CLOSING }

    private final NtlsService service;
    private final NtlsLimits limits;
    private final ArrayDeque<NtlsFrame> queue = new ArrayDeque<>();
    private final Set<Long> queuedIds = new HashSet<>();
    private State state = State.AWAITING_HELLO;
    private boolean executing;
    private NtlsPeer peer;
    private SocketAddress remoteAddress;
    private ChannelHandlerContext ctx;

    public NtlsSessionHandler(NtlsService service, NtlsLimits limits) {
        this.service = service;
        this.limits = limits;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.ctx = ctx;
        this.remoteAddress = ctx.channel().remoteAddress();
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        if (remoteAddress == null) {
            remoteAddress = ctx.channel().remoteAddress();
        }
        ctx.fireChannelActive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof NtlsProtocolViolation violation) {
            reject(violation);
        } else if (msg instanceof NtlsFrame frame && frame.message() instanceof NtlsRequest) {
            accept(frame);
        } else {
            ctx.fireChannelRead(msg);
        }
    }

    private void accept(NtlsFrame frame) {
        if (state == State.CLOSING) {
            return;
        }
        Optional<NtlsProtocolViolation> violation = lifeCycleViolation(frame);
        if (violation.isPresent()) {
            reject(violation.get());
            return;
        }
        if (frame.message() instanceof Hello) {
            state = State.HELLO_PENDING;
        }
        queue.add(frame);
        queuedIds.add(frame.requestId());
        if (queue.size() >= limits.maxQueuedRequests()) {
            ctx.channel().config().setAutoRead(false);
        }
        executeNext();
    }

    /** The life-cycle table: which request may arrive in which state. */
    private Optional<NtlsProtocolViolation> lifeCycleViolation(NtlsFrame frame) {
        long id = frame.requestId();
        if (id == NtlsWireFormat.CONNECTION_REQUEST_ID) {
            return violation(NtlsProtocolError.INVALID_REQUEST_ID, id, "request id 0");
        }
        if (queuedIds.contains(id)) {
            return violation(NtlsProtocolError.DUPLICATE_REQUEST_ID, id, "request id " + id + " is still in flight");
        }
        boolean hello = frame.message() instanceof Hello;
        return switch (state) {
            case AWAITING_HELLO -> hello ? helloVersionViolation(frame)
                    : violation(NtlsProtocolError.HELLO_REQUIRED, id, "first request was " + name(frame));
            case HELLO_PENDING -> violation(NtlsProtocolError.HELLO_REQUIRED, id, name(frame) + " sent before HelloOk");
            case READY -> hello ? violation(NtlsProtocolError.DUPLICATE_HELLO, id, "second Hello") : Optional.empty();
            case CLOSING -> Optional.empty();
        };
    }

    private static Optional<NtlsProtocolViolation> helloVersionViolation(NtlsFrame frame) {
        int version = ((Hello) frame.message()).protocolVersion();
        return version < NtlsWireFormat.VERSION
                ? violation(NtlsProtocolError.UNSUPPORTED_VERSION, frame.requestId(),
                        "client speaks up to version " + version)
                : Optional.empty();
    }

    private void executeNext() {
        if (executing || state == State.CLOSING || queue.isEmpty()) {
            return;
        }
        executing = true;
        NtlsFrame frame = queue.peek();
        CompletionStage<NtlsResponse> answer;
        try {
            answer = service.serve(peer(), (NtlsRequest) frame.message());
            if (answer == null) {
                answer = CompletableFuture.failedFuture(new NullPointerException("service answered null"));
            }
        } catch (RuntimeException e) {
            answer = CompletableFuture.failedFuture(e);
        }
        answer.whenComplete((response, failure) -> onEventLoop(() -> complete(frame, response, failure)));
    }

    private void complete(NtlsFrame frame, NtlsResponse response, Throwable failure) {
        queue.poll();
        queuedIds.remove(frame.requestId());
        executing = false;
        if (state == State.CLOSING) {
            return;
        }
        NtlsResponse answer = response;
        if (failure != null || response == null) {
            LOG.warn("NTLS {}: {} failed inside the appliance", peer().connectionId(), name(frame), failure);
            answer = new ErrorResponse(Ckr.GENERAL_ERROR, "internal error");
        }
        ChannelFuture sent = send(frame.requestId(), answer);
        if (frame.message() instanceof Hello) {
            helloAnswered(answer, sent);
        }
        if (!ctx.channel().config().isAutoRead() && queue.size() < limits.maxQueuedRequests()) {
            ctx.channel().config().setAutoRead(true);
        }
        executeNext();
    }

    /** A refused Hello ends the connection once the refusal has been written. */
    private void helloAnswered(NtlsResponse answer, ChannelFuture sent) {
        if (answer instanceof HelloOk) {
            state = State.READY;
        } else {
            state = State.CLOSING;
            ctx.channel().config().setAutoRead(false);
            sent.addListener(ChannelFutureListener.CLOSE);
        }
    }

    private ChannelFuture send(long requestId, NtlsResponse response) {
        ChannelFuture written = ctx.writeAndFlush(new NtlsFrame(requestId, response));
        written.addListener((ChannelFutureListener) future -> {
            if (!future.isSuccess() && future.cause() instanceof EncoderException && ctx.channel().isActive()) {
                LOG.warn("NTLS {}: response to request {} could not be sent", peer().connectionId(), requestId,
                        future.cause());
                ctx.writeAndFlush(new NtlsFrame(requestId,
                        new ErrorResponse(Ckr.GENERAL_ERROR, "response exceeds the maximum frame size")));
            }
        });
        return written;
    }

    private void reject(NtlsProtocolViolation violation) {
        if (state == State.CLOSING) {
            return;
        }
        state = State.CLOSING;
        queue.clear();
        queuedIds.clear();
        ctx.channel().config().setAutoRead(false);
        LOG.warn("NTLS {} {}: protocol error {} on request {}: {}", peer().connectionId(), peer().remoteAddress(),
                violation.error(), violation.requestId(), violation.detail());
        service.protocolViolation(peer(), violation);
        ErrorResponse error = new ErrorResponse(violation.error().status(), violation.message());
        ctx.writeAndFlush(new NtlsFrame(violation.requestId(), error)).addListener(ChannelFutureListener.CLOSE);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (isTransportFailure(cause)) {
            LOG.debug("NTLS {}: connection failed", ctx.channel().id().asShortText(), cause);
            state = State.CLOSING;
            ctx.close();
            return;
        }
        LOG.error("NTLS {}: unexpected failure in the pipeline", ctx.channel().id().asShortText(), cause);
        reject(new NtlsProtocolViolation(NtlsProtocolError.INTERNAL_ERROR, NtlsWireFormat.CONNECTION_REQUEST_ID,
                "the connection cannot continue"));
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        state = State.CLOSING;
        queue.clear();
        queuedIds.clear();
        service.connectionClosed(peer());
        ctx.fireChannelInactive();
    }

    private static boolean isTransportFailure(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof IOException || t instanceof SSLException) {
                return true;
            }
        }
        return false;
    }

    private NtlsPeer peer() {
        if (peer == null) {
            SocketAddress address = remoteAddress != null ? remoteAddress : UNKNOWN_ADDRESS;
            peer = new NtlsPeer(ctx.channel().id().asShortText(), address, clientCertificate());
        }
        return peer;
    }

    private Optional<X509Certificate> clientCertificate() {
        SslHandler tls = ctx.pipeline().get(SslHandler.class);
        if (tls == null) {
            return Optional.empty();
        }
        try {
            Certificate[] chain = tls.engine().getSession().getPeerCertificates();
            return chain.length > 0 && chain[0] instanceof X509Certificate leaf ? Optional.of(leaf) : Optional.empty();
        } catch (SSLPeerUnverifiedException e) {
            return Optional.empty();
        }
    }

    private void onEventLoop(Runnable task) {
        if (ctx.executor().inEventLoop()) {
            task.run();
        } else {
            ctx.executor().execute(task);
        }
    }

    private static Optional<NtlsProtocolViolation> violation(NtlsProtocolError error, long requestId, String detail) {
        return Optional.of(new NtlsProtocolViolation(error, requestId, detail));
    }

    private static String name(NtlsFrame frame) {
        return frame.message().getClass().getSimpleName();
    }
}
