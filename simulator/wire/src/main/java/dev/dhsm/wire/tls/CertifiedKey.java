package dev.dhsm.wire.tls;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Objects;

/**
 * A certificate and its private key: the appliance's NTLS identity ({@code server.pem} and its key) or a
 * client's ({@code <client>.pem} and {@code <client>Key.pem}, as {@code vtl createCert} writes them).
 *
 * @param certificate the X.509 certificate
 * @param privateKey  the matching private key
 */
public record CertifiedKey(X509Certificate certificate, PrivateKey privateKey) {

    public CertifiedKey {
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(privateKey, "privateKey");
    }

    /** Hides the key: records are logged. */
    @Override
    public String toString() {
        return "CertifiedKey[" + certificate.getSubjectX500Principal().getName() + "]";
    }
}
