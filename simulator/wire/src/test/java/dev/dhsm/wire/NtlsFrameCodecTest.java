package dev.dhsm.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dhsm.wire.message.Logout;
import dev.dhsm.wire.message.NtlsMessage;
import dev.dhsm.wire.message.NtlsMessageType;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NtlsFrameCodecTest {

    static Stream<NtlsMessage> allSamples() {
        return Stream.concat(SampleMessages.requests().stream(), SampleMessages.responses().stream());
    }

    @Test
    void theSamplesCoverEveryMessageType() {
        Set<NtlsMessageType> covered = EnumSet.noneOf(NtlsMessageType.class);
        allSamples().forEach(message -> covered.add(NtlsMessageType.of(message)));
        assertEquals(EnumSet.allOf(NtlsMessageType.class), covered);
    }

    @ParameterizedTest
    @MethodSource("allSamples")
    void everyMessageTypeSurvivesEncoderAndDecoder(NtlsMessage message) {
        NtlsFrame frame = new NtlsFrame(0xFFFF_FFFEL, message);
        ByteBuf bytes = encode(frame);

        EmbeddedChannel decoding = new EmbeddedChannel(decoderFor(message));
        decoding.writeInbound(bytes);

        assertEquals(frame, decoding.readInbound());
        assertNull(decoding.readInbound());
        decoding.checkException();
    }

    @Test
    void theHeaderIsLaidOutAsDocumented() {
        ByteBuf bytes = encode(new NtlsFrame(7, new Logout(0x0102030405060708L)));

        assertEquals("4e544c53" + "01" + "00" + "0006" + "00000007" + "00000008" + "0102030405060708",
                ByteBufUtil.hexDump(bytes));
    }

    @Test
    void framesArrivingOneByteAtATimeAreReassembled() {
        List<NtlsFrame> sent = numbered(SampleMessages.requests());
        ByteBuf stream = Unpooled.buffer();
        sent.forEach(frame -> stream.writeBytes(encode(frame)));

        EmbeddedChannel decoding = new EmbeddedChannel(NtlsFrameDecoder.forServer(NtlsLimits.DEFAULT));
        while (stream.isReadable()) {
            decoding.writeInbound(stream.readRetainedSlice(1));
        }

        assertEquals(sent, drain(decoding));
        decoding.checkException();
    }

    @Test
    void severalFramesInOneBufferAreAllDecoded() {
        List<NtlsFrame> sent = numbered(SampleMessages.responses());
        ByteBuf stream = Unpooled.buffer();
        sent.forEach(frame -> stream.writeBytes(encode(frame)));

        EmbeddedChannel decoding = new EmbeddedChannel(NtlsFrameDecoder.forClient(NtlsLimits.DEFAULT));
        decoding.writeInbound(stream);

        assertEquals(sent, drain(decoding));
    }

    @Test
    void anOversizedResponseFailsTheWriteAndSendsNothing() {
        NtlsLimits small = NtlsLimits.DEFAULT.withMaxPayloadLength(8);
        EmbeddedChannel encoding = new EmbeddedChannel(new NtlsFrameEncoder(small));

        var written = encoding.writeOneOutbound(new NtlsFrame(1, SampleMessages.responses().get(2)));
        encoding.flushOutbound();

        assertTrue(written.isDone() && !written.isSuccess());
        assertNull(encoding.readOutbound());
    }

    static ByteBuf encode(NtlsFrame frame) {
        EmbeddedChannel encoding = new EmbeddedChannel(new NtlsFrameEncoder(NtlsLimits.DEFAULT));
        encoding.writeOutbound(frame);
        return encoding.readOutbound();
    }

    private static NtlsFrameDecoder decoderFor(NtlsMessage message) {
        return NtlsMessageType.of(message).isRequest()
                ? NtlsFrameDecoder.forServer(NtlsLimits.DEFAULT)
                : NtlsFrameDecoder.forClient(NtlsLimits.DEFAULT);
    }

    private static List<NtlsFrame> numbered(List<NtlsMessage> messages) {
        List<NtlsFrame> frames = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            frames.add(new NtlsFrame(i + 1, messages.get(i)));
        }
        return frames;
    }

    private static List<NtlsFrame> drain(EmbeddedChannel channel) {
        List<NtlsFrame> frames = new ArrayList<>();
        for (Object next = channel.readInbound(); next != null; next = channel.readInbound()) {
            frames.add((NtlsFrame) next);
        }
        return frames;
    }
}
