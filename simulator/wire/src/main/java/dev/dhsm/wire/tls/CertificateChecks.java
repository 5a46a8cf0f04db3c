package dev.dhsm.wire.tls;

import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;

/** The checks both NTLS trust managers apply to a peer's leaf certificate once they know it is the expected one. */
final class CertificateChecks {

    private CertificateChecks() {
    }

    /** The leaf certificate of a presented chain, or {@link HandshakeFailureReason#NO_CERTIFICATE}. */
    static X509Certificate leaf(X509Certificate[] chain) throws NtlsCertificateException {
        if (chain == null || chain.length == 0 || chain[0] == null) {
            throw new NtlsCertificateException(HandshakeFailureReason.NO_CERTIFICATE,
                    "the peer presented no certificate");
        }
        return chain[0];
    }

    /** Fails with the expired / not-yet-valid reason when {@code now} is outside the certificate's validity. */
    static void checkValidity(X509Certificate certificate, Instant now) throws NtlsCertificateException {
        try {
            certificate.checkValidity(Date.from(now));
        } catch (CertificateExpiredException e) {
            throw new NtlsCertificateException(HandshakeFailureReason.CERTIFICATE_EXPIRED,
                    subject(certificate) + " expired at " + certificate.getNotAfter().toInstant());
        } catch (CertificateNotYetValidException e) {
            throw new NtlsCertificateException(HandshakeFailureReason.CERTIFICATE_NOT_YET_VALID,
                    subject(certificate) + " is not valid before " + certificate.getNotBefore().toInstant());
        }
    }

    static String subject(X509Certificate certificate) {
        return "certificate '" + certificate.getSubjectX500Principal().getName() + "'";
    }
}
