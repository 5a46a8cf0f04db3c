package dev.dhsm.client.lunacm;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Interactive LunaCM on the user's terminal through jline3: line editing and history for commands, passwords
 * masked with {@code *}; Ctrl-C abandons the line being typed, Ctrl-D ends the session.
 */
public final class JlineShellIO implements ShellIO, AutoCloseable {

    private final Terminal terminal;
    private final LineReader reader;

    private JlineShellIO(Terminal terminal) {
        this.terminal = terminal;
        this.reader = LineReaderBuilder.builder().terminal(terminal).appName("lunacm")
                .variable(LineReader.HISTORY_SIZE, 500).build();
    }

    /** The process's own terminal. */
    public static JlineShellIO system() {
        try {
            return new JlineShellIO(TerminalBuilder.builder().system(true).name("lunacm").build());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the terminal", e);
        }
    }

    @Override
    public void print(String text) {
        terminal.writer().print(text);
    }

    @Override
    public String readLine(String prompt) {
        return read(prompt, null);
    }

    @Override
    public String readSecret(String prompt) {
        return read(prompt, '*');
    }

    private String read(String prompt, Character mask) {
        try {
            return reader.readLine(prompt, mask);
        } catch (UserInterruptException e) {
            return "";
        } catch (EndOfFileException e) {
            return null;
        }
    }

    @Override
    public void flush() {
        terminal.writer().flush();
    }

    @Override
    public void close() {
        try {
            terminal.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
