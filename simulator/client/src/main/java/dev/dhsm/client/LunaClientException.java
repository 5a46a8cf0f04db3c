package dev.dhsm.client;

import java.util.Objects;

/**
 * A failed Luna client call, as {@code CK_RV} reports it to a PKCS#11 application: the {@code CKR_*} code the
 * appliance answered, or the client layer's {@code RC_*} code when the request never got an answer (see
 * {@link ReturnCodes}), with a short explanation.
 */
public final class LunaClientException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long code;

    public LunaClientException(long code, String message) {
        this(code, message, null);
    }

    public LunaClientException(long code, String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.code = code;
    }

    /** The {@code CKR_*} or {@code RC_*} value. */
    public long code() {
        return code;
    }

    /** The symbolic name, e.g. {@code CKR_PIN_INCORRECT}. */
    public String codeName() {
        return ReturnCodes.name(code);
    }

    /** {@code 0x000000A0 (CKR_PIN_INCORRECT)}. */
    public String describe() {
        return ReturnCodes.describe(code);
    }

    @Override
    public String toString() {
        return "LunaClientException: " + describe() + ": " + getMessage();
    }
}
