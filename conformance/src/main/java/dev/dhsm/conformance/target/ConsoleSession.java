package dev.dhsm.conformance.target;

/**
 * The appliance's local serial console: a {@code login as:} / {@code Password:} login, after which lunash runs
 * as over SSH, plus the console-only {@code recover} account.
 */
public interface ConsoleSession extends AutoCloseable {
    /** Logs in and waits for the lunash prompt, changing the password if the appliance forces it. */
    LunashSession login(Account who);

    /**
     * Logs in as an account that gets no shell (such as {@code recover}) and answers what the console printed
     * until it asked for a login again or hung up.
     */
    String loginWithoutShell(Account who);

    @Override
    void close();
}
