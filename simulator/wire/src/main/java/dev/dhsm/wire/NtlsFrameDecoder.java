package dev.dhsm.wire;

import dev.dhsm.wire.message.MalformedPayloadException;
import dev.dhsm.wire.message.NtlsMessage;
import dev.dhsm.wire.message.NtlsMessageType;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;
import java.util.Optional;

/**
 * Splits the byte stream of an NTLS connection into frames and decodes each payload into a message record,
 * as the appliance (requests) or the client library (responses) reads what the other end sent.
 *
 * <p>It emits an {@link NtlsFrame} per good frame. Anything wrong (bad magic, unsupported version, reserved
 * flags, an oversized length, an unknown type or one sent in the wrong direction, a payload that does not
 * parse exactly, or the connection closing inside a frame) becomes one {@link NtlsProtocolViolation} message
 * instead of an exception; after it the decoder discards all further input, since the stream can no longer
 * be trusted to be in step. Oversized frames are refused from the header, before any payload is buffered.
 */
public final class NtlsFrameDecoder extends ByteToMessageDecoder {

    private final boolean acceptsRequests;
    private final int maxPayloadLength;
    private boolean failed;

    private NtlsFrameDecoder(boolean acceptsRequests, NtlsLimits limits) {
        this.acceptsRequests = acceptsRequests;
        this.maxPayloadLength = limits.maxPayloadLength();
    }

    /** The appliance's decoder: accepts requests only. */
    public static NtlsFrameDecoder forServer(NtlsLimits limits) {
        return new NtlsFrameDecoder(true, limits);
    }

    /** The client library's decoder: accepts responses only. */
    public static NtlsFrameDecoder forClient(NtlsLimits limits) {
        return new NtlsFrameDecoder(false, limits);
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (failed) {
            in.skipBytes(in.readableBytes());
            return;
        }
        if (!magicPrefixMatches(in)) {
            fail(in, out, NtlsProtocolError.BAD_MAGIC, NtlsWireFormat.CONNECTION_REQUEST_ID,
                    "the stream does not start with the NTLS magic 0x4E544C53");
            return;
        }
        if (in.readableBytes() < NtlsWireFormat.HEADER_LENGTH) {
            return;
        }
        int start = in.readerIndex();
        long requestId = in.getUnsignedInt(start + NtlsWireFormat.REQUEST_ID_OFFSET);
        Optional<NtlsProtocolViolation> headerProblem = checkHeader(in, start, requestId);
        if (headerProblem.isPresent()) {
            fail(in, out, headerProblem.get());
            return;
        }
        long length = in.getUnsignedInt(start + NtlsWireFormat.LENGTH_OFFSET);
        if (in.readableBytes() < NtlsWireFormat.HEADER_LENGTH + length) {
            return;
        }
        NtlsMessageType type = NtlsMessageType.forCode(in.getUnsignedShort(start + NtlsWireFormat.TYPE_OFFSET))
                .orElseThrow();
        in.skipBytes(NtlsWireFormat.HEADER_LENGTH);
        ByteBuf payload = in.readSlice((int) length);
        decodePayload(type, requestId, payload, in, out);
    }

    private void decodePayload(NtlsMessageType type, long requestId, ByteBuf payload, ByteBuf in, List<Object> out) {
        NtlsMessage message;
        try {
            message = type.decode(payload);
        } catch (MalformedPayloadException e) {
            fail(in, out, NtlsProtocolError.MALFORMED_PAYLOAD, requestId, e.getMessage());
            return;
        } catch (RuntimeException e) {
            fail(in, out, NtlsProtocolError.MALFORMED_PAYLOAD, requestId,
                    type.messageName() + " payload could not be decoded");
            return;
        }
        out.add(new NtlsFrame(requestId, message));
    }

    /**
     * The version, flags, length and type checks, in that order: later versions may change everything after the
     * version byte.
     */
    private Optional<NtlsProtocolViolation> checkHeader(ByteBuf in, int start, long requestId) {
        int version = in.getUnsignedByte(start + NtlsWireFormat.VERSION_OFFSET);
        if (version != NtlsWireFormat.VERSION) {
            return violation(NtlsProtocolError.UNSUPPORTED_VERSION, requestId,
                    "frame version " + version + ", this end speaks " + NtlsWireFormat.VERSION);
        }
        int flags = in.getUnsignedByte(start + NtlsWireFormat.FLAGS_OFFSET);
        if (flags != 0) {
            return violation(NtlsProtocolError.RESERVED_FLAGS, requestId, String.format("flags 0x%02X", flags));
        }
        long length = in.getUnsignedInt(start + NtlsWireFormat.LENGTH_OFFSET);
        if (length > maxPayloadLength) {
            return violation(NtlsProtocolError.FRAME_TOO_LARGE, requestId,
                    "payload length " + length + " exceeds " + maxPayloadLength);
        }
        int code = in.getUnsignedShort(start + NtlsWireFormat.TYPE_OFFSET);
        Optional<NtlsMessageType> type = NtlsMessageType.forCode(code);
        if (type.isEmpty()) {
            return violation(NtlsProtocolError.UNKNOWN_MESSAGE_TYPE, requestId, String.format("type 0x%04X", code));
        }
        if (type.get().isRequest() != acceptsRequests) {
            return violation(NtlsProtocolError.WRONG_DIRECTION, requestId,
                    type.get().messageName() + (acceptsRequests ? " sent to the appliance" : " sent to the client"));
        }
        return Optional.empty();
    }

    @Override
    protected void decodeLast(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (in.isReadable()) {
            decode(ctx, in, out);
        }
        if (!failed && in.isReadable()) {
            long requestId = in.readableBytes() >= NtlsWireFormat.LENGTH_OFFSET
                    ? in.getUnsignedInt(in.readerIndex() + NtlsWireFormat.REQUEST_ID_OFFSET)
                    : NtlsWireFormat.CONNECTION_REQUEST_ID;
            fail(in, out, NtlsProtocolError.TRUNCATED_FRAME, requestId,
                    in.readableBytes() + " bytes of an incomplete frame at end of stream");
        }
    }

    private static boolean magicPrefixMatches(ByteBuf in) {
        int available = Math.min(NtlsWireFormat.MAGIC_LENGTH, in.readableBytes());
        for (int i = 0; i < available; i++) {
            if (in.getByte(in.readerIndex() + i) != NtlsWireFormat.magicByte(i)) {
                return false;
            }
        }
        return true;
    }

    private static Optional<NtlsProtocolViolation> violation(NtlsProtocolError error, long requestId, String detail) {
        return Optional.of(new NtlsProtocolViolation(error, requestId, detail));
    }

    private void fail(ByteBuf in, List<Object> out, NtlsProtocolError error, long requestId, String detail) {
        fail(in, out, new NtlsProtocolViolation(error, requestId, detail));
    }

    private void fail(ByteBuf in, List<Object> out, NtlsProtocolViolation violation) {
        failed = true;
        in.skipBytes(in.readableBytes());
        out.add(violation);
    }
}
