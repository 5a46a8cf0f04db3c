package dev.dhsm.wire.tls;

import java.security.cert.CertificateException;
import java.util.Objects;

/**
 * A peer certificate the NTLS trust rules refuse, with the reason, so the failed handshake can be logged as the
 * appliance logs it (unknown client certificate, expired, not yet valid) instead of as a bare TLS alert.
 */
public final class NtlsCertificateException extends CertificateException {

    private static final long serialVersionUID = 1L;

    private final HandshakeFailureReason reason;

    public NtlsCertificateException(HandshakeFailureReason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public HandshakeFailureReason reason() {
        return reason;
    }
}
