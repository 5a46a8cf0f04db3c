package dev.dhsm.appliance.console;

import dev.dhsm.appliance.lunash.Lunash;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The appliance's RJ-45 serial console, offered as raw TCP (one connection is one terminal on the line):
 * the only place where the {@code recover} account and {@code hsm factoryReset} work. A login prompt left
 * idle for 2 minutes drops the line.
 */
public final class ConsoleListener implements AutoCloseable {
    static final Duration LOGIN_TIMEOUT = Duration.ofMinutes(2);
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleListener.class);

    private final Channel serverChannel;
    private final ChannelGroup connections;
    private final EventLoopGroup ioGroup;
    private final ExecutorService loginThreads;

    private ConsoleListener(Channel serverChannel, ChannelGroup connections, EventLoopGroup ioGroup,
            ExecutorService loginThreads) {
        this.serverChannel = serverChannel;
        this.connections = connections;
        this.ioGroup = ioGroup;
        this.loginThreads = loginThreads;
    }

    public static ConsoleListener start(Lunash lunash, InetSocketAddress bind) throws IOException {
        EventLoopGroup ioGroup = new MultiThreadIoEventLoopGroup(1,
                new DefaultThreadFactory("dhsm-console-io", true), NioIoHandler.newFactory());
        ExecutorService loginThreads = Executors.newCachedThreadPool(
                new DefaultThreadFactory("dhsm-console-login", true));
        ChannelGroup connections = new DefaultChannelGroup("dhsm-console", ioGroup.next());
        ChannelFuture bound = new ServerBootstrap()
                .group(ioGroup)
                .channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.TCP_NODELAY, Boolean.TRUE)
                .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, new WriteBufferWaterMark(16 * 1024, 64 * 1024))
                .childHandler(new ConsoleChannelInitializer(lunash, loginThreads, LOGIN_TIMEOUT, connections))
                .bind(bind)
                .awaitUninterruptibly();
        ConsoleListener listener = new ConsoleListener(bound.channel(), connections, ioGroup, loginThreads);
        if (!bound.isSuccess()) {
            listener.close();
            throw new IOException("cannot listen for the serial console on " + bind, bound.cause());
        }
        LOG.info("serial console listening on {}", listener.address());
        return listener;
    }

    /** The address actually bound (port 0 resolved). */
    public InetSocketAddress address() {
        return (InetSocketAddress) serverChannel.localAddress();
    }

    /** Stops listening and drops every line (their shells end, and their sessions with them). */
    @Override
    public void close() {
        serverChannel.close().awaitUninterruptibly();
        connections.close().awaitUninterruptibly();
        loginThreads.shutdown();
        ioGroup.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        try {
            if (!loginThreads.awaitTermination(5, TimeUnit.SECONDS)) {
                loginThreads.shutdownNow();
            }
        } catch (InterruptedException e) {
            loginThreads.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
