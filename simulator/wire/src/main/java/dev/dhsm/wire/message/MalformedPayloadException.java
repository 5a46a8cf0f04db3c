package dev.dhsm.wire.message;

/**
 * A message payload that does not parse: a field runs past the end of the frame, a count or flag is out of
 * range, a string is not UTF-8, or bytes are left over. The NTLS frame decoder turns it into a protocol error.
 */
public final class MalformedPayloadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MalformedPayloadException(String message) {
        super(message);
    }

    public MalformedPayloadException(String message, Throwable cause) {
        super(message, cause);
    }
}
