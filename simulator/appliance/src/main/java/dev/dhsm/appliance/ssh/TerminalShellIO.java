package dev.dhsm.appliance.ssh;

import dev.dhsm.appliance.lunash.Lunash;
import dev.dhsm.appliance.lunash.ShellIO;
import java.io.Closeable;
import java.io.IOError;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import org.apache.sshd.common.channel.PtyMode;
import org.jline.keymap.KeyMap;
import org.jline.reader.Binding;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.reader.impl.history.DefaultHistory;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
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
    private volatile boolean closed;

    private TerminalShellIO(Terminal terminal, LineReader reader) {
        this.terminal = terminal;
        this.reader = reader;
    }

    /** A terminal of the client's type, size and modes over the channel's streams. */
    static TerminalShellIO open(InputStream in, OutputStream out, String type, Size size,
            Map<PtyMode, Integer> modes, Lunash lunash) throws IOException {
        Terminal terminal = new LunashTerminal(type == null || type.isBlank() ? "vt100" : type, in, out,
                PtyAttributes.from(modes), size);
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
        bindCursorKeys(reader.getKeyMaps().get(LineReader.EMACS));
        return new TerminalShellIO(terminal, reader);
    }

    /**
     * The cursor keys as a terminal in normal (not application) keypad mode sends them, which is how
     * {@link LunashTerminal} leaves it; the application-mode forms stay bound from terminfo.
     */
    private static void bindCursorKeys(KeyMap<Binding> keys) {
        String csi = "\u001B[";
        keys.bind(new Reference(LineReader.UP_LINE_OR_HISTORY), csi + "A");
        keys.bind(new Reference(LineReader.DOWN_LINE_OR_HISTORY), csi + "B");
        keys.bind(new Reference(LineReader.FORWARD_CHAR), csi + "C");
        keys.bind(new Reference(LineReader.BACKWARD_CHAR), csi + "D");
        keys.bind(new Reference(LineReader.BEGINNING_OF_LINE), csi + "H", csi + "1~", "\u001BOH");
        keys.bind(new Reference(LineReader.END_OF_LINE), csi + "F", csi + "4~", "\u001BOF");
        keys.bind(new Reference(LineReader.DELETE_CHAR), csi + "3~");
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
        if (closed) {
            return null;
        }
        flush();
        try {
            return reader.readLine(prompt, mask);
        } catch (UserInterruptException e) {
            // Ctrl-C, or (once the channel is gone) jline's report of its interrupted input pump
            return closed ? null : "";
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

    /** Ends the terminal: a read in progress, and every later one, answers end of input. */
    @Override
    public void close() {
        closed = true;
        try {
            terminal.flush();
        } catch (IOError e) {
            LOG.debug("flushing the terminal", e);
        }
        try {
            terminal.close();
        } catch (IOException | IOError e) {
            LOG.debug("closing the terminal", e);
        }
    }
}
