package dev.dhsm.conformance.target;

import java.time.Duration;

/**
 * One LunaCM process on the target's client host (LunaCM is the Luna client's administration shell): its startup
 * listing, then one command at a time, each answered by a {@link LunacmResponse} once the {@code lunacm:>} prompt is
 * back. The process keeps its current slot and its role logins between commands, as the real shell does.
 */
public interface LunacmSession extends AutoCloseable {
    /** The longest a command may take before the driver gives up with the output so far. */
    Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    /** What LunaCM printed when it started: the banner and the {@code Available HSMs} listing. */
    String startupText();

    /** Runs one command line, answering its questions (passwords, cloning domains, {@code proceed}) from {@code answers}. */
    LunacmResponse run(String commandLine, Answers answers);

    default LunacmResponse run(String commandLine) {
        return run(commandLine, Answers.none());
    }

    /** Ends the process ({@code exit}); its sessions and logins end with it. */
    @Override
    void close();
}
