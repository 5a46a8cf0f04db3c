package dev.dhsm.appliance.lunash;

/**
 * The terminal a lunash session talks through: an SSH channel (with or without a pseudo-terminal), the
 * serial console, or a scripted transcript in tests. Lines are written with {@code \n}; the transport
 * translates line endings for its wire.
 */
public interface ShellIO {
    /** Writes text as is. */
    void print(String text);

    /** Writes one line. */
    default void println(String line) {
        print(line + "\n");
    }

    /** Shows the prompt and reads one line, without its line ending; {@code null} at end of input. */
    String readLine(String prompt);

    /** Shows the prompt and reads a secret without echoing it in the clear; {@code null} at end of input. */
    String readSecret(String prompt);

    /** Whether a person is typing (a terminal), as opposed to a script piped in or a single exec command. */
    boolean interactive();

    /** Pushes buffered output to the peer. */
    void flush();
}
