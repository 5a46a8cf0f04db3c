package dev.dhsm.wire.tls;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reports the outcome of the TLS handshake on an NTLS connection to an {@link NtlsHandshakeListener} with the
 * classified reason, and keeps TLS failures (already reported) from travelling further up the pipeline.
 *
 * <p>After a successful handshake it invalidates the TLS session so it can never be resumed: every NTLS
 * connection does a full handshake, and so a registration change ({@code client delete}, {@code sysconf regenCert})
 * applies to the very next connection, as it does on the appliance.
 */
public final class NtlsHandshakeHandler extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(NtlsHandshakeHandler.class);

    private final NtlsHandshakeListener listener;

    public NtlsHandshakeHandler(NtlsHandshakeListener listener) {
        this.listener = listener;
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (event instanceof SslHandshakeCompletionEvent completion) {
            if (completion.isSuccess()) {
                succeeded(ctx);
            } else {
                NtlsHandshakeFailure failure = NtlsHandshakeFailure.from(completion.cause());
                LOG.info("NTLS TLS handshake with {} failed: {}", ctx.channel().remoteAddress(), failure.describe());
                listener.handshakeFailed(ctx.channel().remoteAddress(), failure);
                ctx.close();
            }
        }
        ctx.fireUserEventTriggered(event);
    }

    private void succeeded(ChannelHandlerContext ctx) {
        SslHandler tls = ctx.pipeline().get(SslHandler.class);
        SSLSession session = tls.engine().getSession();
        X509Certificate peer = null;
        try {
            Certificate[] chain = session.getPeerCertificates();
            if (chain.length > 0 && chain[0] instanceof X509Certificate leaf) {
                peer = leaf;
            }
        } catch (SSLPeerUnverifiedException e) {
            LOG.debug("NTLS peer {} is not authenticated", ctx.channel().remoteAddress());
        }
        session.invalidate();
        listener.handshakeSucceeded(ctx.channel().remoteAddress(), peer);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (isTlsFailure(cause)) {
            LOG.debug("NTLS TLS failure on {}", ctx.channel().remoteAddress(), cause);
            ctx.close();
        } else {
            ctx.fireExceptionCaught(cause);
        }
    }

    private static boolean isTlsFailure(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof SSLException) {
                return true;
            }
        }
        return false;
    }
}
