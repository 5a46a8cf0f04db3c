package dev.dhsm.wire;

import dev.dhsm.wire.tls.NtlsHandshakeHandler;
import dev.dhsm.wire.tls.NtlsHandshakeListener;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.ssl.SslContext;
import java.util.Objects;

/**
 * Builds the pipeline of one accepted NTLS connection on the appliance's port 1792:
 * TLS ({@code tls}), handshake reporting ({@code handshake}), the frame codec ({@code decoder},
 * {@code encoder}) and the session handler ({@code session}) in front of the {@link NtlsService}.
 */
public final class NtlsServerInitializer extends ChannelInitializer<Channel> {

    private final SslContext sslContext;
    private final NtlsLimits limits;
    private final NtlsService service;
    private final NtlsHandshakeListener handshakes;
    private final NtlsFrameEncoder encoder;

    /**
     * @param sslContext from {@code NtlsSslContexts.forAppliance}
     * @param limits     frame and queue limits
     * @param service    what answers the requests
     * @param handshakes told about every handshake, for the NTLS log
     */
    public NtlsServerInitializer(SslContext sslContext, NtlsLimits limits, NtlsService service,
                                 NtlsHandshakeListener handshakes) {
        this.sslContext = Objects.requireNonNull(sslContext, "sslContext");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.service = Objects.requireNonNull(service, "service");
        this.handshakes = Objects.requireNonNull(handshakes, "handshakes");
        this.encoder = new NtlsFrameEncoder(limits);
    }

    @Override
    protected void initChannel(Channel channel) {
        ChannelPipeline pipeline = channel.pipeline();
        pipeline.addLast("tls", sslContext.newHandler(channel.alloc()));
        pipeline.addLast("handshake", new NtlsHandshakeHandler(handshakes));
        pipeline.addLast("decoder", NtlsFrameDecoder.forServer(limits));
        pipeline.addLast("encoder", encoder);
        pipeline.addLast("session", new NtlsSessionHandler(service, limits));
    }
}
