package dev.dhsm.wire;

import java.util.Objects;

/**
 * A protocol error found in what a peer sent, passed up the pipeline as a message (never thrown) so the
 * session handler can answer it with an error frame and close, as the appliance drops a misbehaving client.
 *
 * @param error     what was wrong
 * @param requestId the request id of the offending frame, or 0 when no header could be read
 * @param detail    what exactly was found, for the log and the error frame
 */
public record NtlsProtocolViolation(NtlsProtocolError error, long requestId, String detail) {

    public NtlsProtocolViolation {
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(detail, "detail");
    }

    /** The text of the error frame: the error's description and the detail. */
    public String message() {
        return error.description() + ": " + detail;
    }
}
