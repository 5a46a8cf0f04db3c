package dev.dhsm.conformance.target.file;

/** A target file the harness refuses: unreadable, an unknown key, a secret written in it, a missing setting. */
public final class TargetFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TargetFileException(String message) {
        super(message);
    }

    public TargetFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
