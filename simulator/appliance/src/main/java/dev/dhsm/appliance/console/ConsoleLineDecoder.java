package dev.dhsm.appliance.console;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The serial console's line discipline: bytes in, {@link ConsoleInput} lines out. Telnet IAC negotiation
 * and terminal escape sequences (arrow keys) are dropped, as are control characters other than
 * backspace and DEL, which erase the last character; a line ends at {@code \r}, {@code \n} or
 * {@code \r\n}; text is UTF-8, malformed bytes becoming U+FFFD; a line over 1024 bytes is thrown away
 * and reported once. Holds at most one line, so garbage or a flood cannot grow it.
 */
final class ConsoleLineDecoder extends ByteToMessageDecoder {
    static final int MAX_LINE_BYTES = 1024;

    private static final int IAC = 0xFF;
    private static final int SB = 0xFA;
    private static final int SE = 0xF0;
    private static final int WILL = 0xFB;
    private static final int DONT = 0xFE;
    private static final int ESC = 0x1B;

    /** Where the decoder is inside a telnet command or a terminal escape sequence. */
    private enum Mode { TEXT, IAC, IAC_OPTION, SUBNEGOTIATION, SUBNEGOTIATION_IAC, ESC, CSI, SS3 }

    private final byte[] line = new byte[MAX_LINE_BYTES];
    private int length;
    private boolean discarding;
    private boolean afterCarriageReturn;
    private Mode mode = Mode.TEXT;

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        while (in.isReadable()) {
            ConsoleInput input = accept(in.readByte() & 0xFF);
            if (input != null) {
                out.add(input);
            }
        }
    }

    /** Feeds one byte; answers a completed line or event, or null. */
    ConsoleInput accept(int b) {
        switch (mode) {
            case IAC:
                mode = b == SB ? Mode.SUBNEGOTIATION : b >= WILL && b <= DONT ? Mode.IAC_OPTION : Mode.TEXT;
                return b == IAC ? text(b) : null;
            case IAC_OPTION:
                mode = Mode.TEXT;
                return null;
            case SUBNEGOTIATION:
                mode = b == IAC ? Mode.SUBNEGOTIATION_IAC : Mode.SUBNEGOTIATION;
                return null;
            case SUBNEGOTIATION_IAC:
                mode = b == SE ? Mode.TEXT : Mode.SUBNEGOTIATION;
                return null;
            default:
                if (b == IAC) {
                    mode = Mode.IAC;
                    return null;
                }
                return text(b);
        }
    }

    private ConsoleInput text(int b) {
        if (b == '\r' || b == '\n') {
            mode = Mode.TEXT;
            boolean crlf = b == '\n' && afterCarriageReturn;
            afterCarriageReturn = b == '\r';
            return crlf ? null : endOfLine();
        }
        afterCarriageReturn = false;
        if (mode != Mode.TEXT) {
            escape(b);
            return null;
        }
        mode = Mode.TEXT;
        if (b == ESC) {
            mode = Mode.ESC;
        } else if (b == 0x08 || b == 0x7F) {
            erase();
        } else if (b >= 0x20) {
            append(b);
        }
        return null;
    }

    /** Inside {@code ESC [ ... final}, {@code ESC O x} or {@code ESC x}: swallow until the sequence ends. */
    private void escape(int b) {
        if (mode == Mode.ESC) {
            mode = b == '[' ? Mode.CSI : b == 'O' ? Mode.SS3 : Mode.TEXT;
        } else if (mode == Mode.SS3 || (b >= 0x40 && b <= 0x7E) || b < 0x20) {
            mode = Mode.TEXT;
        }
    }

    private void append(int b) {
        if (discarding) {
            return;
        }
        if (length == MAX_LINE_BYTES) {
            discarding = true;
            return;
        }
        line[length++] = (byte) b;
    }

    /** Backspace: removes the last character, all of its UTF-8 bytes. */
    private void erase() {
        if (discarding || length == 0) {
            return;
        }
        int continuation = 0;
        while (length > 0 && continuation < 3 && (line[length - 1] & 0xC0) == 0x80) {
            length--;
            continuation++;
        }
        if (length > 0) {
            length--;
        }
    }

    private ConsoleInput endOfLine() {
        if (discarding) {
            discarding = false;
            length = 0;
            return ConsoleInput.Event.TOO_LONG;
        }
        String text = new String(line, 0, length, StandardCharsets.UTF_8);
        length = 0;
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().filter(c -> !Character.isISOControl(c)).forEach(clean::appendCodePoint);
        return new ConsoleInput.Line(clean.toString());
    }
}
