package dev.dhsm.wire.tls;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.InstantSource;
import java.util.List;
import java.util.Objects;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The Luna client's check of the appliance: the server must present exactly one of the certificates the client
 * pinned with {@code vtl addServer} (each appliance's {@code server.pem}, kept together in {@code CAFile.pem}),
 * valid by the client's clock.
 *
 * <p>This replaces host name verification on purpose. The appliance's self-signed certificate has its HSM serial
 * as CN and no subject alternative names, so an HTTPS-style host check would always fail; comparing the whole
 * certificate with the pinned one is stricter than a name check. The client TLS context therefore sets no
 * endpoint identification algorithm, and this trust manager ignores any that is set.
 */
public final class PinnedServerTrustManager extends X509ExtendedTrustManager {

    private final List<X509Certificate> pinned;
    private final InstantSource clock;

    /**
     * @param pinned the appliance certificate the client registered ({@code server.pem})
     * @param clock  the client's clock, for the validity check
     */
    public PinnedServerTrustManager(X509Certificate pinned, InstantSource clock) {
        this(List.of(Objects.requireNonNull(pinned, "pinned")), clock);
    }

    /**
     * @param pinned every appliance certificate the client registered (the contents of {@code CAFile.pem})
     * @param clock  the client's clock, for the validity check
     */
    public PinnedServerTrustManager(List<X509Certificate> pinned, InstantSource clock) {
        this.pinned = List.copyOf(pinned);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Checks the appliance's chain: its leaf must be one of the pinned certificates, valid now. */
    public void check(X509Certificate[] chain) throws NtlsCertificateException {
        if (pinned.isEmpty()) {
            throw new NtlsCertificateException(HandshakeFailureReason.UNKNOWN_CERTIFICATE,
                    "no server certificate is pinned (CAFile.pem is empty)");
        }
        X509Certificate leaf = CertificateChecks.leaf(chain);
        if (!pinned.contains(leaf)) {
            throw new NtlsCertificateException(HandshakeFailureReason.UNKNOWN_CERTIFICATE,
                    "server " + CertificateChecks.subject(leaf) + " is not the pinned server certificate");
        }
        CertificateChecks.checkValidity(leaf, clock.instant());
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        check(chain);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        throw new CertificateException("the client's trust manager authenticates the appliance only");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        throw new CertificateException("the client's trust manager authenticates the appliance only");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("the client's trust manager authenticates the appliance only");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return pinned.toArray(new X509Certificate[0]);
    }
}
