package dev.dhsm.wire.message;

import dev.dhsm.wire.pkcs11.Ckr;
import java.util.Objects;

/**
 * The answer to any request that fails, carrying the PKCS#11 status the Luna client library returns to the application.
 * It also answers protocol errors (then the appliance closes the connection).
 *
 * @param status the {@code CKR_*} status, a uint32
 * @param message a short human-readable explanation; never an exception text or stack trace
 */
public record ErrorResponse(long status, String message) implements NtlsResponse {

    public ErrorResponse {
        Objects.requireNonNull(message, "message");
        if (status == Ckr.OK) {
            throw new IllegalArgumentException("an error response cannot carry CKR_OK");
        }
    }

    @Override
    public void writeTo(PayloadWriter out) {
        out.uint32(status).string(message);
    }

    static ErrorResponse readFrom(PayloadReader in) {
        return new ErrorResponse(in.uint32("status"), in.string("message"));
    }
}
