package dev.dhsm.wire;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/** Hand-built frame bytes, for feeding the decoder headers and payloads no encoder would produce. */
final class RawFrames {

    private RawFrames() {
    }

    /** A frame whose declared length is the payload's length. */
    static ByteBuf frame(int type, long requestId, byte[] payload) {
        return frame(NtlsWireFormat.MAGIC, NtlsWireFormat.VERSION, 0, type, requestId, payload.length, payload);
    }

    /** A frame with every header field given. */
    static ByteBuf frame(int magic, int version, int flags, int type, long requestId, long declaredLength,
                         byte[] payload) {
        ByteBuf out = Unpooled.buffer();
        out.writeInt(magic).writeByte(version).writeByte(flags).writeShort(type)
                .writeInt((int) requestId).writeInt((int) declaredLength).writeBytes(payload);
        return out;
    }

    /** The payload of {@code uint64 session}: the shape of Logout, CloseSession and GetPolicies. */
    static byte[] sessionPayload(long session) {
        return java.nio.ByteBuffer.allocate(8).putLong(session).array();
    }
}
