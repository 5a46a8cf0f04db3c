package dev.dhsm.wire.tls;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.InstantSource;
import java.util.Collection;
import java.util.Objects;
import java.util.function.Supplier;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The appliance's NTLS client check: a client may connect only with exactly one of the certificates registered
 * with {@code client register}, and only while that certificate is valid by the appliance's clock.
 *
 * <p>The registered set is read on every handshake, so a registration or {@code client delete} takes effect on
 * the next connection without rebuilding the TLS context. A refusal is an {@link NtlsCertificateException}
 * saying whether the certificate was unknown, expired or not yet valid.
 *
 * <p>{@link #getAcceptedIssuers()} is empty: the certificate request then names no CAs, so every client sends
 * its certificate and the appliance can say why it refused it rather than just seeing none.
 */
public final class RegisteredClientTrustManager extends X509ExtendedTrustManager {

    private static final X509Certificate[] NO_ISSUERS = new X509Certificate[0];

    private final Supplier<? extends Collection<X509Certificate>> registered;
    private final InstantSource clock;

    /**
     * @param registered the currently registered client certificates, read on every handshake
     * @param clock      the appliance's clock, for the validity check
     */
    public RegisteredClientTrustManager(Supplier<? extends Collection<X509Certificate>> registered,
                                        InstantSource clock) {
        this.registered = Objects.requireNonNull(registered, "registered");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Checks a client's chain: its leaf must be a registered certificate, valid now. */
    public void check(X509Certificate[] chain) throws NtlsCertificateException {
        X509Certificate leaf = CertificateChecks.leaf(chain);
        if (!registered.get().contains(leaf)) {
            throw new NtlsCertificateException(HandshakeFailureReason.UNKNOWN_CERTIFICATE,
                    "client " + CertificateChecks.subject(leaf) + " is not registered");
        }
        CertificateChecks.checkValidity(leaf, clock.instant());
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        check(chain);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        check(chain);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        throw new CertificateException("the appliance's trust manager authenticates NTLS clients only");
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        throw new CertificateException("the appliance's trust manager authenticates NTLS clients only");
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("the appliance's trust manager authenticates NTLS clients only");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return NO_ISSUERS;
    }
}
