package dev.dhsm.appliance.console;

import dev.dhsm.appliance.lunash.Lunash;
import dev.dhsm.model.Appliance;
import dev.dhsm.model.ApplianceEvent;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The appliance's RJ-45 serial console, offered as raw TCP (one connection is one terminal on the line):
 * the only place where the {@code recover} account and {@code hsm factoryReset} work. A login prompt left
 * idle for 2 minutes drops the line.
 *
 * <p>The line answers only while the model says the console reaches the appliance (it does not while the
 * appliance hangs in a reboot): a connection is closed at once while it does not, and every line drops when
 * it stops. A fleet shares network threads and login threads among its listeners
 * ({@link #start(Lunash, InetSocketAddress, EventLoopGroup, ExecutorService)}).
 */
public final class ConsoleListener implements AutoCloseable {
    static final Duration LOGIN_TIMEOUT = Duration.ofMinutes(2);
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleListener.class);

    private final Channel serverChannel;
    private final ChannelGroup connections;
    private final Appliance appliance;
    private final EventLoopGroup ownIoGroup;
    private final ExecutorService ownLoginThreads;
    private final Consumer<ApplianceEvent> events = this::onEvent;

    private ConsoleListener(Channel serverChannel, ChannelGroup connections, Appliance appliance,
            EventLoopGroup ownIoGroup, ExecutorService ownLoginThreads) {
        this.serverChannel = serverChannel;
        this.connections = connections;
        this.appliance = appliance;
        this.ownIoGroup = ownIoGroup;
        this.ownLoginThreads = ownLoginThreads;
    }

    /** Starts listening with a network thread and login threads of its own. */
    public static ConsoleListener start(Lunash lunash, InetSocketAddress bind) throws IOException {
        EventLoopGroup ioGroup = new MultiThreadIoEventLoopGroup(1,
                new DefaultThreadFactory("dhsm-console-io", true), NioIoHandler.newFactory());
        ExecutorService loginThreads = Executors.newCachedThreadPool(
                new DefaultThreadFactory("dhsm-console-login", true));
        return start(lunash, bind, ioGroup, loginThreads, true);
    }

    /**
     * Starts listening on network threads and login threads that the caller shares among several listeners
     * (a fleet), owns and shuts down after closing them.
     */
    public static ConsoleListener start(Lunash lunash, InetSocketAddress bind, EventLoopGroup ioGroup,
            ExecutorService loginThreads) throws IOException {
        return start(lunash, bind, ioGroup, loginThreads, false);
    }

    private static ConsoleListener start(Lunash lunash, InetSocketAddress bind, EventLoopGroup ioGroup,
            ExecutorService loginThreads, boolean owned) throws IOException {
        ChannelGroup connections = new DefaultChannelGroup("dhsm-console", ioGroup.next());
        ChannelFuture bound = new ServerBootstrap()
                .group(ioGroup)
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_REUSEADDR, Boolean.TRUE)
                .childOption(ChannelOption.TCP_NODELAY, Boolean.TRUE)
                .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, new WriteBufferWaterMark(16 * 1024, 64 * 1024))
                .childHandler(new ConsoleChannelInitializer(lunash, loginThreads, LOGIN_TIMEOUT, connections))
                .bind(bind)
                .awaitUninterruptibly();
        ConsoleListener listener = new ConsoleListener(bound.channel(), connections, lunash.appliance(),
                owned ? ioGroup : null, owned ? loginThreads : null);
        if (!bound.isSuccess()) {
            listener.close();
            throw new IOException("cannot listen for the serial console on " + bind, bound.cause());
        }
        lunash.appliance().onEvent(listener.events);
        LOG.info("serial console listening on {}", listener.address());
        return listener;
    }

    /** The appliance's connectivity changed: every line drops while the console cannot reach it. */
    private void onEvent(ApplianceEvent event) {
        if (event == ApplianceEvent.CONNECTIVITY_CHANGED
                && !appliance.transact(tx -> tx.system().reachability().console())) {
            LOG.debug("appliance {} unreachable on the console: dropping {} lines", appliance.id(),
                    connections.size());
            connections.close();
        }
    }

    /** The address actually bound (port 0 resolved). */
    public InetSocketAddress address() {
        return (InetSocketAddress) serverChannel.localAddress();
    }

    /** Stops listening and drops every line (their shells end, and their sessions with them). */
    @Override
    public void close() {
        appliance.removeEventListener(events);
        if (serverChannel != null) {
            serverChannel.close().awaitUninterruptibly();
        }
        connections.close().awaitUninterruptibly();
        if (ownLoginThreads == null) {
            return;
        }
        ownLoginThreads.shutdown();
        ownIoGroup.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        try {
            if (!ownLoginThreads.awaitTermination(5, TimeUnit.SECONDS)) {
                ownLoginThreads.shutdownNow();
            }
        } catch (InterruptedException e) {
            ownLoginThreads.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
