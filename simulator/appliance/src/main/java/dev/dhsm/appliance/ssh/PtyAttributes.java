package dev.dhsm.appliance.ssh;

import java.util.Map;
import java.util.Optional;
import org.apache.sshd.common.channel.PtyMode;
import org.jline.terminal.Attributes;
import org.jline.terminal.Attributes.ControlChar;
import org.jline.terminal.Attributes.InputFlag;
import org.jline.terminal.Attributes.LocalFlag;
import org.jline.terminal.Attributes.OutputFlag;
import org.jline.terminal.Size;

/**
 * The line discipline of the appliance's pseudo-terminal: a sane cooked default ({@code \n} written as
 * {@code \r\n}, Ctrl-C interrupts, Ctrl-D ends input, DEL erases), then the modes the client sent in its
 * {@code pty-req}, mode by mode; echo stays with the line editor.
 */
final class PtyAttributes {
    private static final int DEFAULT_COLUMNS = 80;
    private static final int DEFAULT_ROWS = 24;

    private PtyAttributes() {
    }

    static Attributes from(Map<PtyMode, Integer> modes) {
        Attributes a = new Attributes();
        a.setInputFlag(InputFlag.ICRNL, true);
        a.setOutputFlag(OutputFlag.OPOST, true);
        a.setOutputFlag(OutputFlag.ONLCR, true);
        for (LocalFlag f : new LocalFlag[] {LocalFlag.ECHO, LocalFlag.ECHOE, LocalFlag.ECHOK, LocalFlag.ICANON,
                LocalFlag.ISIG, LocalFlag.IEXTEN}) {
            a.setLocalFlag(f, true);
        }
        a.setControlChar(ControlChar.VINTR, 3);
        a.setControlChar(ControlChar.VQUIT, 28);
        a.setControlChar(ControlChar.VERASE, 127);
        a.setControlChar(ControlChar.VKILL, 21);
        a.setControlChar(ControlChar.VEOF, 4);
        a.setControlChar(ControlChar.VWERASE, 23);
        a.setControlChar(ControlChar.VLNEXT, 22);
        a.setControlChar(ControlChar.VREPRINT, 18);
        a.setControlChar(ControlChar.VSUSP, 26);
        a.setControlChar(ControlChar.VMIN, 1);
        modes.forEach((mode, value) -> apply(a, mode.name(), value));
        // The line editor echoes what it reads (masking secrets); the discipline itself never echoes, so
        // a password typed ahead of its prompt does not show in the clear.
        a.setLocalFlag(LocalFlag.ECHO, false);
        return a;
    }

    private static void apply(Attributes a, String name, int value) {
        boolean on = value != 0;
        Optional<ControlChar> cc = named(ControlChar.class, name);
        if (cc.isPresent()) {
            a.setControlChar(cc.get(), value);
            return;
        }
        named(InputFlag.class, name).ifPresent(f -> a.setInputFlag(f, on));
        named(OutputFlag.class, name).ifPresent(f -> a.setOutputFlag(f, on));
        named(LocalFlag.class, name).ifPresent(f -> a.setLocalFlag(f, on));
    }

    /** The window size from the {@code COLUMNS} and {@code LINES} the client reported. */
    static Size size(Map<String, String> env) {
        return new Size(positive(env.get("COLUMNS"), DEFAULT_COLUMNS), positive(env.get("LINES"), DEFAULT_ROWS));
    }

    private static int positive(String text, int fallback) {
        try {
            int n = Integer.parseInt(text);
            return n > 0 ? n : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static <E extends Enum<E>> Optional<E> named(Class<E> type, String name) {
        try {
            return Optional.of(Enum.valueOf(type, name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
