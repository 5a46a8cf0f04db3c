package dev.dhsm.wire;

import dev.dhsm.wire.message.NtlsMessageType;
import dev.dhsm.wire.message.PayloadWriter;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.EncoderException;
import io.netty.handler.codec.MessageToByteEncoder;

/**
 * Writes an {@link NtlsFrame} as the 16-byte NTLS header and its payload, as either end of an NTLS
 * connection sends a message. A payload over the maximum length fails the write (an {@link EncoderException}
 * on the write's future) rather than reaching the peer, which would refuse it.
 */
@ChannelHandler.Sharable
public final class NtlsFrameEncoder extends MessageToByteEncoder<NtlsFrame> {

    private final int maxPayloadLength;

    public NtlsFrameEncoder(NtlsLimits limits) {
        super(NtlsFrame.class);
        this.maxPayloadLength = limits.maxPayloadLength();
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, NtlsFrame frame, ByteBuf out) {
        int start = out.writerIndex();
        out.writeInt(NtlsWireFormat.MAGIC)
                .writeByte(NtlsWireFormat.VERSION)
                .writeByte(0)
                .writeShort(NtlsMessageType.of(frame.message()).code())
                .writeInt((int) frame.requestId())
                .writeInt(0);
        frame.message().writeTo(new PayloadWriter(out));
        int length = out.writerIndex() - start - NtlsWireFormat.HEADER_LENGTH;
        if (length > maxPayloadLength) {
            out.writerIndex(start);
            throw new EncoderException(NtlsMessageType.of(frame.message()).messageName() + " payload of " + length
                    + " bytes exceeds the maximum of " + maxPayloadLength);
        }
        out.setInt(start + NtlsWireFormat.LENGTH_OFFSET, length);
    }
}
