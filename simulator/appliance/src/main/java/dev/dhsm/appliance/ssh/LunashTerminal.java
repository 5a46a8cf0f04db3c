package dev.dhsm.appliance.ssh;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.impl.ExternalTerminal;
import org.jline.utils.InfoCmp.Capability;

/**
 * The appliance's pseudo-terminal as lunash drives it: jline's own line discipline over the SSH
 * channel, emitting no more control sequences than the appliance's readline does. It never switches the
 * client's keypad into application mode and never touches mouse tracking, so a transcript shows the
 * prompt and the output, not {@code ESC[?1h ESC=} and {@code ESC[?1000l} around every line.
 */
final class LunashTerminal extends ExternalTerminal {
    LunashTerminal(String type, InputStream in, OutputStream out, Attributes attributes, Size size)
            throws IOException {
        super(null, "lunash", type, in, out, StandardCharsets.UTF_8, SignalHandler.SIG_DFL, false, attributes,
                size);
    }

    @Override
    public boolean puts(Capability capability, Object... params) {
        if (capability == Capability.keypad_xmit || capability == Capability.keypad_local) {
            return false;
        }
        return super.puts(capability, params);
    }

    @Override
    public boolean trackMouse(MouseTracking tracking) {
        return false;
    }
}
