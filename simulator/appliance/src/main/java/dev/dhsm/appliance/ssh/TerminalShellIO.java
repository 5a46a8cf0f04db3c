package dev.dhsm.appliance.ssh;

import dev.dhsm.appliance.lunash.Lunash;
import dev.dhsm.appliance.lunash.ShellIO;
import java.io.Closeable;
import java.io.IOError;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.sshd.common.channel.PtyMode;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.reader.impl.history.DefaultHistory;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * lunash on an SSH pseudo-terminal: line editing, in-memory history and tab completion at the prompt,
 * Ctrl-C giving an empty line and Ctrl-D ending the session, and secrets (passwords) shown as one
 * {@code *} per typed character, never in the clear.
 */
final class TerminalShellIO implements ShellIO, Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(TerminalShellIO.class);
    private static final char MASK = '*';

    private final Terminal terminal;
    private final LineReader reader;

    private TerminalShellIO(Terminal terminal, LineReader reader) {
        this.terminal = terminal;
        this.reader = reader;
    }

    /**
     * A terminal of the client's type, size and modes over the channel's streams, with jline's own line
     * discipline ({@code ExternalTerminal}, which the exec provider builds for streams; the native
     * providers would open an operating-system pty per session instead).
     */
    static TerminalShellIO open(InputStream in, OutputStream out, String type, Size size,
            Map<PtyMode, Integer> modes, Lunash lunash) throws IOException {
        Terminal terminal = TerminalBuilder.builder()
                .name("lunash")
                .system(false)
                .provider(TerminalBuilder.PROP_PROVIDER_EXEC)
                .streams(in, out)
                .type(type == null || type.isBlank() ? "vt100" : type)
                .encoding(StandardCharsets.UTF_8)
                .attributes(PtyAttributes.from(modes))
                .size(size)
                .build();
        DefaultParser parser = new DefaultParser()
                .quoteChars(new char[] {'"', '\''})
                .escapeChars(new char[0])
                .eofOnUnclosedQuote(false)
                .eofOnEscapedNewLine(false);
        LineReader reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("lunash")
                .parser(parser)
                .completer(new LunashCompleter(lunash))
                .history(new DefaultHistory())
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.BRACKETED_PASTE, false)
                .option(LineReader.Option.CASE_INSENSITIVE, true)
                .option(LineReader.Option.INSERT_TAB, false)
                .option(LineReader.Option.AUTO_MENU, false)
                .option(LineReader.Option.HISTORY_IGNORE_SPACE, false)
                .build();
        return new TerminalShellIO(terminal, reader);
    }

    /** The client resized its window. */
    void resize(Size size) {
        terminal.setSize(size);
        terminal.raise(Terminal.Signal.WINCH);
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
        reader.setVariable(LineReader.DISABLE_HISTORY, Boolean.TRUE);
        reader.setVariable(LineReader.DISABLE_COMPLETION, Boolean.TRUE);
        try {
            return read(prompt, MASK);
        } finally {
            reader.setVariable(LineReader.DISABLE_HISTORY, Boolean.FALSE);
            reader.setVariable(LineReader.DISABLE_COMPLETION, Boolean.FALSE);
        }
    }

    private String read(String prompt, Character mask) {
        flush();
        try {
            return reader.readLine(prompt, mask);
        } catch (UserInterruptException e) {
            return "";
        } catch (EndOfFileException e) {
            return null;
        } catch (IOError | IllegalStateException e) {
            LOG.debug("terminal input ended", e);
            return null;
        }
    }

    @Override
    public boolean interactive() {
        return true;
    }

    @Override
    public void flush() {
        terminal.flush();
    }

    @Override
    public void close() {
        try {
            terminal.flush();
            terminal.close();
        } catch (IOException | IOError e) {
            LOG.debug("closing the terminal", e);
        }
    }
}
