package dev.dhsm.appliance.console;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToByteEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The serial console's output side: text as UTF-8, each {@code \n} sent as {@code \r\n} (a serial
 * terminal needs the carriage return); a {@code \r\n} already there is left alone.
 */
final class ConsoleLineEncoder extends MessageToByteEncoder<CharSequence> {
    private boolean afterCarriageReturn;

    ConsoleLineEncoder() {
        super(CharSequence.class);
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, CharSequence text, ByteBuf out) {
        StringBuilder wire = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' && !afterCarriageReturn) {
                wire.append('\r');
            }
            wire.append(c);
            afterCarriageReturn = c == '\r';
        }
        out.writeCharSequence(wire, StandardCharsets.UTF_8);
    }
}
