package dev.dhsm.client;

import dev.dhsm.wire.tls.HandshakeFailureReason;
import dev.dhsm.wire.tls.NtlsCertificateException;
import dev.dhsm.wire.tls.PinnedServerTrustManager;
import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The Luna client's check of an appliance when {@code CAFile.pem} pins several servers (one {@code vtl addServer}
 * each): the appliance must present exactly one of the pinned certificates, valid by the client's clock. Each
 * pinned certificate is checked by the wire module's {@link PinnedServerTrustManager}, so the failure reasons
 * (unknown, expired, not yet valid) are the same as with one server.
 */
final class CaFileTrustManager extends X509ExtendedTrustManager {

    private final List<X509Certificate> pinned;
    private final List<PinnedServerTrustManager> checks = new ArrayList<>();

    CaFileTrustManager(List<X509Certificate> pinned, InstantSource clock) {
        this.pinned = List.copyOf(pinned);
        for (X509Certificate certificate : this.pinned) {
            checks.add(new PinnedServerTrustManager(certificate, clock));
        }
    }

    void check(X509Certificate[] chain) throws CertificateException {
        if (checks.isEmpty()) {
            throw new NtlsCertificateException(HandshakeFailureReason.UNKNOWN_CERTIFICATE,
                    "no server certificate is pinned (CAFile.pem is empty)");
        }
        X509Certificate leaf = chain == null || chain.length == 0 ? null : chain[0];
        int match = leaf == null ? -1 : pinned.indexOf(leaf);
        checks.get(Math.max(match, 0)).check(chain);
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
        throw new CertificateException("the client's trust manager authenticates appliances only");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        throw new CertificateException("the client's trust manager authenticates appliances only");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("the client's trust manager authenticates appliances only");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return pinned.toArray(new X509Certificate[0]);
    }
}
