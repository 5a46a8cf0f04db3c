package dev.dhsm.conformance.target;

import java.time.Duration;

/**
 * A logged-in lunash shell, over SSH or on the serial console: one command at a time, each answered by a
 * {@link LunashResponse} once the {@code [host] lunash:>} prompt is back.
 */
public interface LunashSession extends AutoCloseable {
    /** The default time a command may take before the driver gives up with the output so far. */
    Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

    /** The account as it stands after login: its password is the new one if the appliance forced a change. */
    Account account();

    /** Everything the appliance printed between login and the first prompt (banner, password change). */
    String loginText();

    /** Whether the appliance forced a password change at this login. */
    boolean passwordChangeForced();

    /** Runs one command line, answering its questions from {@code answers}. */
    LunashResponse run(String commandLine, Answers answers);

    default LunashResponse run(String commandLine) {
        return run(commandLine, Answers.none());
    }

    /**
     * Copies a file into this account's file area (scp/sftp home), as {@code scp file admin@hsm:} does.
     *
     * @throws UnsupportedOperationException on a transport without file transfer (the serial console)
     */
    void upload(String fileName, byte[] content);

    /** Ends the shell ({@code exit}) and releases the connection. */
    @Override
    void close();
}
