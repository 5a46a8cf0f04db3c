package dev.dhsm.appliance.console;

import dev.dhsm.appliance.lunash.Lunash;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One serial console connection: starts its login loop ({@link ConsoleLogin}) on a thread of its own,
 * queues the typed lines for it (reading pauses while the queue is full, so a flood waits in the peer's
 * socket, not in memory), hangs the shell up when the peer goes, and closes an idle login prompt.
 */
final class ConsoleSessionHandler extends SimpleChannelInboundHandler<ConsoleInput> {
    static final int PAUSE_AT = 32;
    static final int RESUME_AT = 8;
    static final int MAX_QUEUED = 256;
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleSessionHandler.class);

    private final Lunash lunash;
    private final Executor loginThreads;
    private final Duration loginTimeout;
    private final BlockingQueue<ConsoleInput> queue = new LinkedBlockingQueue<>();
    private volatile Channel channel;
    private volatile ConsoleLogin login;

    ConsoleSessionHandler(Lunash lunash, Executor loginThreads, Duration loginTimeout) {
        this.lunash = lunash;
        this.loginThreads = loginThreads;
        this.loginTimeout = loginTimeout;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        channel = ctx.channel();
        ConsoleShellIO io = new ConsoleShellIO(ctx.channel(), this);
        login = new ConsoleLogin(lunash, io, remoteHost(ctx.channel().remoteAddress()));
        try {
            loginThreads.execute(login);
        } catch (RejectedExecutionException e) {
            LOG.debug("console login refused; the listener is closing", e);
            ctx.close();
        }
        super.channelActive(ctx);
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, ConsoleInput input) {
        if (queue.size() >= MAX_QUEUED) {
            LOG.debug("console input overrun: line dropped");
            return;
        }
        queue.add(input);
        if (queue.size() >= PAUSE_AT) {
            ctx.channel().config().setAutoRead(false);
        }
    }

    /** The next input for the login loop or shell; blocks until a line arrives or the line hangs up. */
    ConsoleInput take() {
        ConsoleInput next;
        try {
            next = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ConsoleInput.Event.HANG_UP;
        }
        if (next == ConsoleInput.Event.HANG_UP) {
            queue.add(next);
            return next;
        }
        Channel ch = channel;
        if (ch != null && queue.size() <= RESUME_AT && !ch.config().isAutoRead()) {
            ch.config().setAutoRead(true);
        }
        return next;
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        queue.clear();
        queue.add(ConsoleInput.Event.HANG_UP);
        ConsoleLogin current = login;
        if (current != null) {
            current.io().lineClosed();
        }
        super.channelInactive(ctx);
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) throws Exception {
        ConsoleLogin current = login;
        if (current != null) {
            current.io().writabilityChanged();
        }
        super.channelWritabilityChanged(ctx);
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
        ConsoleLogin current = login;
        if (event instanceof IdleStateEvent idle && idle.state() == IdleState.READER_IDLE
                && (current == null || current.atLoginPrompt())) {
            ctx.writeAndFlush("\nLogin timed out after " + loginTimeout.toSeconds() + " seconds.\n")
                    .addListener(ChannelFutureListener.CLOSE);
            return;
        }
        super.userEventTriggered(ctx, event);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.debug("console connection {} failed", ctx.channel().remoteAddress(), cause);
        ctx.close();
    }

    private static String remoteHost(SocketAddress remote) {
        if (remote instanceof InetSocketAddress inet && inet.getAddress() != null) {
            return inet.getAddress().getHostAddress();
        }
        return String.valueOf(remote);
    }
}
