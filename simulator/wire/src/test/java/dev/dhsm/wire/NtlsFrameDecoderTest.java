package dev.dhsm.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dhsm.wire.message.Logout;
import dev.dhsm.wire.message.NtlsMessageType;
import dev.dhsm.wire.message.Ok;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Every malformed input becomes one {@link NtlsProtocolViolation} message, never an exception, and stops decoding. */
class NtlsFrameDecoderTest {

    private static final int LOGOUT = NtlsMessageType.LOGOUT.code();
    private static final int HELLO = NtlsMessageType.HELLO.code();

    private final EmbeddedChannel server = new EmbeddedChannel(NtlsFrameDecoder.forServer(NtlsLimits.DEFAULT));

    @Test
    void badMagicIsReportedAsSoonAsTheFirstWrongByteArrives() {
        server.writeInbound(Unpooled.wrappedBuffer(new byte[] {'N', 'T', 'L', 'X'}));

        assertViolation(NtlsProtocolError.BAD_MAGIC, 0);
    }

    @Test
    void garbageIsBadMagic() {
        server.writeInbound(Unpooled.copiedBuffer("GET / HTTP/1.1\r\nHost: hsm\r\n\r\n", StandardCharsets.US_ASCII));

        assertViolation(NtlsProtocolError.BAD_MAGIC, 0);
    }

    @Test
    void randomBytesNeverEscapeAsExceptions() {
        Random random = new Random(1792);
        for (int round = 0; round < 200; round++) {
            EmbeddedChannel channel = new EmbeddedChannel(NtlsFrameDecoder.forServer(NtlsLimits.DEFAULT));
            byte[] garbage = new byte[1 + random.nextInt(64)];
            random.nextBytes(garbage);
            channel.writeInbound(Unpooled.wrappedBuffer(garbage));
            channel.finish();
            channel.checkException();
            Object first = channel.readInbound();
            assertTrue(first == null || first instanceof NtlsProtocolViolation, "round " + round + ": " + first);
        }
    }

    @Test
    void aVersionThisEndDoesNotSpeakIsRejected() {
        server.writeInbound(RawFrames.frame(NtlsWireFormat.MAGIC, 2, 0, LOGOUT, 5, 8, RawFrames.sessionPayload(1)));

        assertViolation(NtlsProtocolError.UNSUPPORTED_VERSION, 5);
    }

    @Test
    void reservedFlagsAreRejected() {
        server.writeInbound(RawFrames.frame(NtlsWireFormat.MAGIC, 1, 0x80, LOGOUT, 5, 8, RawFrames.sessionPayload(1)));

        assertViolation(NtlsProtocolError.RESERVED_FLAGS, 5);
    }

    @Test
    void anOversizedLengthIsRejectedFromTheHeaderAlone() {
        server.writeInbound(RawFrames.frame(NtlsWireFormat.MAGIC, 1, 0, LOGOUT, 6,
                NtlsWireFormat.DEFAULT_MAX_PAYLOAD_LENGTH + 1L, new byte[0]));

        assertViolation(NtlsProtocolError.FRAME_TOO_LARGE, 6);
    }

    @Test
    void theMaximumIsConfigurable() {
        EmbeddedChannel strict = new EmbeddedChannel(
                NtlsFrameDecoder.forServer(NtlsLimits.DEFAULT.withMaxPayloadLength(7)));

        strict.writeInbound(RawFrames.frame(LOGOUT, 6, RawFrames.sessionPayload(1)));

        assertEquals(NtlsProtocolError.FRAME_TOO_LARGE, ((NtlsProtocolViolation) strict.readInbound()).error());
    }

    @Test
    void anUnknownTypeIsRejected() {
        server.writeInbound(RawFrames.frame(0x7000, 9, new byte[0]));

        assertViolation(NtlsProtocolError.UNKNOWN_MESSAGE_TYPE, 9);
    }

    @Test
    void aResponseSentToTheApplianceIsRejected() {
        server.writeInbound(RawFrames.frame(NtlsMessageType.OK.code(), 9, new byte[4]));

        assertViolation(NtlsProtocolError.WRONG_DIRECTION, 9);
    }

    @Test
    void aRequestSentToTheClientIsRejected() {
        EmbeddedChannel client = new EmbeddedChannel(NtlsFrameDecoder.forClient(NtlsLimits.DEFAULT));

        client.writeInbound(RawFrames.frame(LOGOUT, 9, RawFrames.sessionPayload(1)));

        assertEquals(NtlsProtocolError.WRONG_DIRECTION, ((NtlsProtocolViolation) client.readInbound()).error());
    }

    @Test
    void aPayloadShorterThanItsFieldsIsMalformed() {
        server.writeInbound(RawFrames.frame(LOGOUT, 3, new byte[] {0, 0, 0, 1}));

        assertViolation(NtlsProtocolError.MALFORMED_PAYLOAD, 3);
    }

    @Test
    void trailingBytesAreMalformed() {
        server.writeInbound(RawFrames.frame(LOGOUT, 3, new byte[9]));

        assertViolation(NtlsProtocolError.MALFORMED_PAYLOAD, 3);
    }

    @Test
    void aLengthPrefixReachingPastTheFrameIsMalformed() {
        ByteBuf hello = Unpooled.buffer().writeShort(1).writeInt(1000)
                .writeBytes("abc".getBytes(StandardCharsets.UTF_8));
        server.writeInbound(RawFrames.frame(HELLO, 4, bytes(hello)));

        assertViolation(NtlsProtocolError.MALFORMED_PAYLOAD, 4);
    }

    @Test
    void aHugeListCountIsRefusedBeforeAllocating() {
        ByteBuf find = Unpooled.buffer().writeLong(1).writeInt(Integer.MAX_VALUE);
        server.writeInbound(RawFrames.frame(NtlsMessageType.FIND_OBJECTS.code(), 4, bytes(find)));

        assertViolation(NtlsProtocolError.MALFORMED_PAYLOAD, 4);
    }

    @Test
    void invalidUtf8IsMalformed() {
        ByteBuf hello = Unpooled.buffer().writeShort(1).writeInt(2).writeByte(0xC3).writeByte(0x28).writeInt(0);
        server.writeInbound(RawFrames.frame(HELLO, 4, bytes(hello)));

        assertViolation(NtlsProtocolError.MALFORMED_PAYLOAD, 4);
    }

    @Test
    void aBooleanOtherThanZeroOrOneIsMalformed() {
        ByteBuf open = Unpooled.buffer().writeLong(1).writeByte(2);
        server.writeInbound(RawFrames.frame(NtlsMessageType.OPEN_SESSION.code(), 4, bytes(open)));

        assertViolation(NtlsProtocolError.MALFORMED_PAYLOAD, 4);
    }

    @Test
    void anErrorResponseClaimingSuccessIsMalformed() {
        EmbeddedChannel client = new EmbeddedChannel(NtlsFrameDecoder.forClient(NtlsLimits.DEFAULT));
        ByteBuf error = Unpooled.buffer().writeInt(0).writeInt(0);

        client.writeInbound(RawFrames.frame(NtlsMessageType.ERROR_RESPONSE.code(), 4, bytes(error)));

        assertEquals(NtlsProtocolError.MALFORMED_PAYLOAD, ((NtlsProtocolViolation) client.readInbound()).error());
    }

    @Test
    void aTypedResponseWithAFailureStatusIsMalformed() {
        EmbeddedChannel client = new EmbeddedChannel(NtlsFrameDecoder.forClient(NtlsLimits.DEFAULT));

        client.writeInbound(RawFrames.frame(NtlsMessageType.OK.code(), 4, new byte[] {0, 0, 0, (byte) 0xA0}));

        assertEquals(NtlsProtocolError.MALFORMED_PAYLOAD, ((NtlsProtocolViolation) client.readInbound()).error());
    }

    @Test
    void aConnectionClosedInsideAFrameIsATruncatedFrame() {
        ByteBuf whole = NtlsFrameCodecTest.encode(new NtlsFrame(12, new Logout(1)));
        server.writeInbound(whole.readRetainedSlice(whole.readableBytes() - 3));

        assertNull(server.readInbound());
        server.finish();

        assertViolation(NtlsProtocolError.TRUNCATED_FRAME, 12);
    }

    @Test
    void afterAViolationFurtherFramesAreIgnored() {
        server.writeInbound(RawFrames.frame(0x7000, 1, new byte[0]));
        server.writeInbound(NtlsFrameCodecTest.encode(new NtlsFrame(2, new Logout(1))));

        assertViolation(NtlsProtocolError.UNKNOWN_MESSAGE_TYPE, 1);
        assertNull(server.readInbound());
    }

    @Test
    void goodFramesBeforeAViolationAreStillDelivered() {
        ByteBuf stream = Unpooled.buffer();
        stream.writeBytes(NtlsFrameCodecTest.encode(new NtlsFrame(1, new Logout(1))));
        stream.writeBytes(RawFrames.frame(NtlsMessageType.OK.code(), 2, new byte[4]));

        server.writeInbound(stream);

        assertEquals(new NtlsFrame(1, new Logout(1)), server.readInbound());
        assertViolation(NtlsProtocolError.WRONG_DIRECTION, 2);
    }

    @Test
    void theClientDecoderAcceptsAnOkResponse() {
        EmbeddedChannel client = new EmbeddedChannel(NtlsFrameDecoder.forClient(NtlsLimits.DEFAULT));

        client.writeInbound(RawFrames.frame(NtlsMessageType.OK.code(), 4, new byte[4]));

        assertEquals(new NtlsFrame(4, new Ok()), client.readInbound());
    }

    private void assertViolation(NtlsProtocolError error, long requestId) {
        server.checkException();
        NtlsProtocolViolation violation = assertInstanceOf(NtlsProtocolViolation.class, server.readInbound());
        assertEquals(error, violation.error(), violation.detail());
        assertEquals(requestId, violation.requestId());
        assertNull(server.readInbound());
    }

    private static byte[] bytes(ByteBuf buf) {
        byte[] bytes = new byte[buf.readableBytes()];
        buf.readBytes(bytes);
        return bytes;
    }
}
