package dev.dhsm.appliance.lunash;

/**
 * A command line lunash cannot run as typed (unknown word, ambiguous abbreviation, missing or unknown
 * option, bad value): reported with {@code Error:} lines and the shell-execution result.
 */
public final class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message, null, false, false);
    }
}
