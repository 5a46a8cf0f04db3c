package dev.dhsm.wire;

import dev.dhsm.wire.pkcs11.Ckr;
import java.util.Optional;

/**
 * The NTLS connection failed at the protocol level, as the Luna client library reports a broken link to the
 * application: the pending request will never get its own answer. Carries the {@code CKR_*} status to report.
 */
public final class NtlsProtocolException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long status;
    private final NtlsProtocolError error;

    /** A protocol error this side detected. */
    public NtlsProtocolException(NtlsProtocolViolation violation) {
        super(violation.message());
        this.status = violation.error().status();
        this.error = violation.error();
    }

    /** A connection-level error the other side reported in an error frame with request id 0. */
    public NtlsProtocolException(long status, String message) {
        super(Ckr.describe(status) + ": " + message);
        this.status = status;
        this.error = null;
    }

    /** The {@code CKR_*} status. */
    public long status() {
        return status;
    }

    /** The error, when this side detected it. */
    public Optional<NtlsProtocolError> error() {
        return Optional.ofNullable(error);
    }
}
