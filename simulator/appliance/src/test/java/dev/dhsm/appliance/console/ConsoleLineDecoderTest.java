package dev.dhsm.appliance.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleLineDecoderTest {
    private final EmbeddedChannel channel = new EmbeddedChannel(new ConsoleLineDecoder(), new ConsoleLineEncoder());

    private List<Object> feed(byte... bytes) {
        channel.writeInbound(Unpooled.wrappedBuffer(bytes));
        List<Object> out = new ArrayList<>();
        for (Object o = channel.readInbound(); o != null; o = channel.readInbound()) {
            out.add(o);
        }
        return out;
    }

    private List<Object> feed(String text) {
        return feed(text.getBytes(StandardCharsets.UTF_8));
    }

    private static ConsoleInput line(String text) {
        return new ConsoleInput.Line(text);
    }

    @Test
    void everyLineEndingEndsOneLine() {
        assertEquals(List.of(line("a"), line("b"), line("c"), line(""), line("d")), feed("a\rb\nc\r\n\nd\r"));
        assertEquals(List.of(line("e")), feed("\ne\r"));
        assertEquals(List.of(), feed("partial"));
        assertEquals(List.of(line("partial line")), feed(" line\n"));
    }

    @Test
    void backspaceAndDeleteEraseWholeCharacters() {
        assertEquals(List.of(line("hsm show")), feed("hsm shoX\bw\n"));
        assertEquals(List.of(line("caf")), feed("café\u007F\n"));
        assertEquals(List.of(line("")), feed("\b\b\u007Fab\b\b\n"));
    }

    @Test
    void telnetNegotiationAndTerminalEscapesAreDropped() {
        byte[] telnet = {(byte) 0xFF, (byte) 0xFB, 0x01, 'h', (byte) 0xFF, (byte) 0xFA, 0x18, 0x00, 'x', 't',
            (byte) 0xFF, (byte) 0xF0, 's', (byte) 0xFF, (byte) 0xF1, 'm', '\r', 0x00};
        assertEquals(List.of(line("hsm")), feed(telnet));
        assertEquals(List.of(line("hsm show")), feed("\u001B[Ahsm \u001B[1;5Dshow\u001BOA\n"));
    }

    @Test
    void controlCharactersAreStrippedAndBadUtf8IsReplaced() {
        assertEquals(List.of(line("ab\uFFFD(c")), feed(new byte[] {'a', 0x00, 0x07, 'b', (byte) 0xC3, '(', '\t',
            'c', (byte) 0xC2, (byte) 0x85, '\n'}));
    }

    @Test
    void aLineOver1024BytesIsDiscardedOnceAndTheNextLineIsFine() {
        assertEquals(List.of(line("x".repeat(1024))), feed("x".repeat(1024) + "\r\n"));
        assertEquals(List.of(ConsoleInput.Event.TOO_LONG, line("ok")), feed("y".repeat(1025) + "\r\nok\n"));
        assertEquals(List.of(ConsoleInput.Event.TOO_LONG), feed("z".repeat(100_000) + "\n"));
    }

    @Test
    void outputGoesOutWithCarriageReturns() {
        channel.writeOutbound("one\ntwo\r\nthree\n");
        channel.writeOutbound("\n");
        ByteBuf first = channel.readOutbound();
        ByteBuf second = channel.readOutbound();
        assertEquals("one\r\ntwo\r\nthree\r\n", first.toString(StandardCharsets.UTF_8));
        assertEquals("\r\n", second.toString(StandardCharsets.UTF_8));
        first.release();
        second.release();
        assertNull(channel.readOutbound());
    }
}
