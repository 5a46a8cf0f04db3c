package dev.dhsm.appliance.ntls.bench;

import dev.dhsm.wire.tls.CertifiedKey;
import dev.dhsm.wire.tls.NtlsSslContexts;
import dev.dhsm.wire.tls.RegisteredClientTrustManager;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.ssl.SslContext;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.cert.X509Certificate;
import java.time.InstantSource;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The baseline for handshakes: a bare Netty + BCJSSE TLS echo server with NTLS's TLS settings (TLS 1.2, the NTLS
 * suites, the same server certificate, a client certificate required and checked against a fixed set), and no
 * NTLS or appliance model behind it.
 */
final class BareTlsEchoServer implements AutoCloseable {

    private final EventLoopGroup group;
    private final Channel server;

    BareTlsEchoServer(CertifiedKey identity, X509Certificate client, InstantSource clock) throws Exception {
        SslContext tls = NtlsSslContexts.forAppliance(identity,
                new RegisteredClientTrustManager(() -> Set.of(client), clock));
        group = new MultiThreadIoEventLoopGroup(Runtime.getRuntime().availableProcessors(),
                new DefaultThreadFactory("bench-bare-io", true), NioIoHandler.newFactory());
        server = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.TCP_NODELAY, Boolean.TRUE)
                .childHandler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel channel) {
                        channel.pipeline().addLast(tls.newHandler(channel.alloc()), new Echo());
                    }
                })
                .bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)).sync().channel();
    }

    InetSocketAddress address() {
        return (InetSocketAddress) server.localAddress();
    }

    @Override
    public void close() {
        server.close().syncUninterruptibly();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    /** Writes back whatever arrives. */
    private static final class Echo extends ChannelInboundHandlerAdapter {
        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ctx.writeAndFlush(msg);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }
}
