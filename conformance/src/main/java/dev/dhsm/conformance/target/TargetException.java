package dev.dhsm.conformance.target;

/**
 * A conversation with the target went wrong (timed out, hung up, asked a question nobody answered); the
 * message carries the output received so far.
 */
public final class TargetException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TargetException(String message) {
        super(message);
    }

    public TargetException(String message, Throwable cause) {
        super(message, cause);
    }
}
