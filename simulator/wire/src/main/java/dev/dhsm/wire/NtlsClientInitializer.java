package dev.dhsm.wire;

import dev.dhsm.wire.tls.NtlsHandshakeHandler;
import dev.dhsm.wire.tls.NtlsHandshakeListener;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslHandler;
import java.util.Objects;

/**
 * Builds the pipeline of a Luna client's NTLS connection to an appliance: TLS ({@code tls}), handshake
 * reporting ({@code handshake}), the frame codec ({@code decoder}, {@code encoder}) and the
 * {@link NtlsClientHandler} ({@code client}) that matches responses to requests.
 *
 * <p>After connecting, wait for {@link #tls(Channel)}'s handshake future, then send {@code Hello} through
 * {@link #client(Channel)} and wait for {@code HelloOk} before anything else. The TLS handler is created without
 * a peer host, so no TLS session is ever resumed: each connection is fully authenticated.
 */
public final class NtlsClientInitializer extends ChannelInitializer<Channel> {

    private final SslContext sslContext;
    private final NtlsLimits limits;
    private final NtlsHandshakeListener handshakes;

    /**
     * @param sslContext from {@code NtlsSslContexts.forClient}
     * @param limits     frame limits
     * @param handshakes told about the handshake outcome
     */
    public NtlsClientInitializer(SslContext sslContext, NtlsLimits limits, NtlsHandshakeListener handshakes) {
        this.sslContext = Objects.requireNonNull(sslContext, "sslContext");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.handshakes = Objects.requireNonNull(handshakes, "handshakes");
    }

    /** The TLS handler of a connection this initializer built. */
    public static SslHandler tls(Channel channel) {
        return channel.pipeline().get(SslHandler.class);
    }

    /** The request/response handler of a connection this initializer built. */
    public static NtlsClientHandler client(Channel channel) {
        return channel.pipeline().get(NtlsClientHandler.class);
    }

    @Override
    protected void initChannel(Channel channel) {
        ChannelPipeline pipeline = channel.pipeline();
        pipeline.addLast("tls", sslContext.newHandler(channel.alloc()));
        pipeline.addLast("handshake", new NtlsHandshakeHandler(handshakes));
        pipeline.addLast("decoder", NtlsFrameDecoder.forClient(limits));
        pipeline.addLast("encoder", new NtlsFrameEncoder(limits));
        pipeline.addLast("client", new NtlsClientHandler());
    }
}
