package dev.dhsm.client.lunacm;

/**
 * A LunaCM command line that cannot run as typed (unknown word, ambiguous abbreviation, missing or unknown option,
 * bad value): reported with an {@code Error:} line, the syntax and {@code CKR_ARGUMENTS_BAD}.
 */
public final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message, null, false, false);
    }
}
