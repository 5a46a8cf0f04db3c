package dev.dhsm.wire.tls;

import java.util.Objects;
import java.util.Set;
import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.TlsFatalAlert;
import org.bouncycastle.tls.TlsFatalAlertReceived;

/**
 * Why one NTLS handshake failed, worked out from the exception the TLS engine raised, so the appliance can log
 * {@code Fail to establish a secure channel with client ... RC_SSL_FAILED_HANDSHAKE} with a cause an
 * administrator can act on, and the client library can tell its user what to fix.
 *
 * @param reason the classified reason
 * @param detail the specific text (which certificate, which alert)
 */
public record NtlsHandshakeFailure(HandshakeFailureReason reason, String detail) {

    private static final Set<Short> NEGOTIATION_ALERTS = Set.of(AlertDescription.handshake_failure,
            AlertDescription.protocol_version, AlertDescription.insufficient_security);

    public NtlsHandshakeFailure {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }

    /** Classifies a handshake failure by walking the cause chain of {@code failure}. */
    public static NtlsHandshakeFailure from(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof NtlsCertificateException refused) {
                return new NtlsHandshakeFailure(refused.reason(), refused.getMessage());
            }
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TlsFatalAlertReceived received) {
                return fromAlert(received.getAlertDescription(), true);
            }
            if (cause instanceof TlsFatalAlert sent && NEGOTIATION_ALERTS.contains(sent.getAlertDescription())) {
                return fromAlert(sent.getAlertDescription(), false);
            }
        }
        return new NtlsHandshakeFailure(HandshakeFailureReason.OTHER,
                failure == null ? "unknown" : String.valueOf(failure.getMessage()));
    }

    private static NtlsHandshakeFailure fromAlert(short alert, boolean received) {
        String text = AlertDescription.getText(alert);
        if (NEGOTIATION_ALERTS.contains(alert)) {
            return new NtlsHandshakeFailure(HandshakeFailureReason.NO_COMMON_PARAMETERS,
                    (received ? "the peer sent " : "sent ") + text);
        }
        HandshakeFailureReason reason =
                received ? HandshakeFailureReason.REJECTED_BY_PEER : HandshakeFailureReason.OTHER;
        return new NtlsHandshakeFailure(reason, (received ? "the peer sent fatal alert " : "sent fatal alert ") + text);
    }

    /** One line for a log: the reason's description and the detail. */
    public String describe() {
        return reason.description() + ": " + detail;
    }
}
