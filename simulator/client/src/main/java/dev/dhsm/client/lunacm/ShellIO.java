package dev.dhsm.client.lunacm;

/**
 * The terminal a LunaCM session talks through: a jline terminal, plain standard streams (a script piped in, or
 * {@code -c}/{@code -q}), or a scripted transcript in tests. Lines are written with {@code \n}.
 */
public interface ShellIO {

    /** Writes text as is. */
    void print(String text);

    /** Writes one line. */
    default void println(String line) {
        print(line + "\n");
    }

    /** Shows the prompt and reads one line without its line ending; {@code null} at end of input. */
    String readLine(String prompt);

    /** Shows the prompt and reads a secret without echoing it in the clear; {@code null} at end of input. */
    String readSecret(String prompt);

    /** Pushes buffered output out. */
    void flush();
}
