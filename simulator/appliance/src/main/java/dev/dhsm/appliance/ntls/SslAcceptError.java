package dev.dhsm.appliance.ntls;

import dev.dhsm.wire.tls.HandshakeFailureReason;

/**
 * The OpenSSL 1.0.x error text the appliance's NTLS writes after {@code Error message from SSLAccept is :} for
 * each reason a handshake fails. Only the unknown-CA line is from a real capture (Azure, appliance 7.2); the
 * others follow OpenSSL 1.0.2's error codes for the same cause and are recorded in {@code docs/fidelity.md}.
 *
 * <pre>
 * reason                      text
 * UNKNOWN_CERTIFICATE         error:14094418:SSL routines:ssl3_read_bytes:tlsv1 alert unknown ca        [C]
 * REJECTED_BY_PEER            error:14094418:SSL routines:ssl3_read_bytes:tlsv1 alert unknown ca        [C]
 * CERTIFICATE_EXPIRED         error:14094415:SSL routines:ssl3_read_bytes:sslv3 alert certificate expired
 * CERTIFICATE_NOT_YET_VALID   error:14094412:SSL routines:ssl3_read_bytes:sslv3 alert bad certificate
 * NO_CERTIFICATE              error:140890C7:SSL routines:ssl3_get_client_certificate:peer did not return a certificate
 * NO_COMMON_PARAMETERS        error:1408A0C1:SSL routines:ssl3_get_client_hello:no shared cipher
 * OTHER                       error:140760FC:SSL routines:SSL23_GET_CLIENT_HELLO:unknown protocol
 * </pre>
 */
final class SslAcceptError {

    static final String UNKNOWN_CA = "error:14094418:SSL routines:ssl3_read_bytes:tlsv1 alert unknown ca";
    static final String CERTIFICATE_EXPIRED =
            "error:14094415:SSL routines:ssl3_read_bytes:sslv3 alert certificate expired";
    static final String BAD_CERTIFICATE = "error:14094412:SSL routines:ssl3_read_bytes:sslv3 alert bad certificate";
    static final String NO_CERTIFICATE =
            "error:140890C7:SSL routines:ssl3_get_client_certificate:peer did not return a certificate";
    static final String NO_SHARED_CIPHER = "error:1408A0C1:SSL routines:ssl3_get_client_hello:no shared cipher";
    static final String UNKNOWN_PROTOCOL = "error:140760FC:SSL routines:SSL23_GET_CLIENT_HELLO:unknown protocol";

    private SslAcceptError() {
    }

    /** The text for one failure reason. */
    static String of(HandshakeFailureReason reason) {
        return switch (reason) {
            case UNKNOWN_CERTIFICATE, REJECTED_BY_PEER -> UNKNOWN_CA;
            case CERTIFICATE_EXPIRED -> CERTIFICATE_EXPIRED;
            case CERTIFICATE_NOT_YET_VALID -> BAD_CERTIFICATE;
            case NO_CERTIFICATE -> NO_CERTIFICATE;
            case NO_COMMON_PARAMETERS -> NO_SHARED_CIPHER;
            case OTHER -> UNKNOWN_PROTOCOL;
        };
    }
}
