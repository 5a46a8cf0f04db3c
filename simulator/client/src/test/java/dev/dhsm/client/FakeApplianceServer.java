package dev.dhsm.client;

import dev.dhsm.wire.NtlsLimits;
import dev.dhsm.wire.NtlsServerInitializer;
import dev.dhsm.wire.tls.CertifiedKey;
import dev.dhsm.wire.tls.NtlsHandshakeListener;
import dev.dhsm.wire.tls.NtlsSslContexts;
import dev.dhsm.wire.tls.RegisteredClientTrustManager;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.ChannelInitializer;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.cert.X509Certificate;
import java.time.InstantSource;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.TimeUnit;

/** The wire module's appliance pipeline on loopback port 0, in front of a {@link FakeNtlsService}. */
final class FakeApplianceServer implements AutoCloseable {

    final FakeNtlsService service;
    final Set<X509Certificate> registered = new CopyOnWriteArraySet<>();
    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final ChannelGroup accepted = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
    private final Channel listener;

    FakeApplianceServer(CertifiedKey identity, FakeNtlsService service) throws Exception {
        this.service = service;
        registered.add(TestPki.CLIENT.certificate());
        NtlsServerInitializer ntls = new NtlsServerInitializer(NtlsSslContexts.forAppliance(identity,
                new RegisteredClientTrustManager(() -> registered, InstantSource.fixed(TestPki.NOW))),
                NtlsLimits.DEFAULT, service, NtlsHandshakeListener.NONE);
        listener = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel channel) {
                        accepted.add(channel);
                        channel.pipeline().addLast(ntls);
                    }
                })
                .bind(InetAddress.getLoopbackAddress(), 0).sync().channel();
    }

    ServerAddress address() {
        InetSocketAddress bound = (InetSocketAddress) listener.localAddress();
        return new ServerAddress("127.0.0.1", bound.getPort(), 0);
    }

    /** Drops every client connection, as {@code service restart ntls} does. */
    void dropConnections() {
        accepted.close().syncUninterruptibly();
    }

    @Override
    public void close() {
        listener.close().syncUninterruptibly();
        accepted.close().syncUninterruptibly();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
