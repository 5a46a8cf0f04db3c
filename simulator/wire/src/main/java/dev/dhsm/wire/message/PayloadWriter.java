package dev.dhsm.wire.message;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Writes the fields of one NTLS message payload in network byte order, rejecting values that do not fit
 * their wire width. Methods return the writer so a message's fields read as one chain.
 */
public final class PayloadWriter {

    private static final long UINT32_MAX = 0xFFFFFFFFL;

    private final ByteBuf out;

    public PayloadWriter(ByteBuf out) {
        this.out = out;
    }

    public PayloadWriter uint8(int value) {
        check(value >= 0 && value <= 0xFF, "uint8", value);
        out.writeByte(value);
        return this;
    }

    public PayloadWriter bool(boolean value) {
        out.writeByte(value ? 1 : 0);
        return this;
    }

    public PayloadWriter uint16(int value) {
        check(value >= 0 && value <= 0xFFFF, "uint16", value);
        out.writeShort(value);
        return this;
    }

    public PayloadWriter uint32(long value) {
        check(value >= 0 && value <= UINT32_MAX, "uint32", value);
        out.writeInt((int) value);
        return this;
    }

    /** Writes all 64 bits; a negative {@code long} stands for a value above 2^63-1. */
    public PayloadWriter uint64(long value) {
        out.writeLong(value);
        return this;
    }

    public PayloadWriter bytes(Octets value) {
        out.writeInt(value.length());
        value.writeTo(out);
        return this;
    }

    /** A uint32 byte count and the UTF-8 bytes. */
    public PayloadWriter string(String value) {
        int lengthIndex = out.writerIndex();
        out.writeInt(0);
        int written = ByteBufUtil.writeUtf8(out, value);
        out.setInt(lengthIndex, written);
        return this;
    }

    public <T> PayloadWriter list(List<T> entries, BiConsumer<PayloadWriter, T> entry) {
        out.writeInt(entries.size());
        for (T value : entries) {
            entry.accept(this, value);
        }
        return this;
    }

    public PayloadWriter uint64List(List<Long> values) {
        return list(values, PayloadWriter::uint64);
    }

    public PayloadWriter uint32List(List<Long> values) {
        return list(values, PayloadWriter::uint32);
    }

    /** Each attribute as type, length and value; an unavailable value is written as length {@code 0xFFFFFFFF}. */
    public PayloadWriter attributes(List<Attribute> attributes) {
        return list(attributes, PayloadWriter::attribute);
    }

    private void attribute(Attribute attribute) {
        uint32(attribute.type());
        if (attribute.isAvailable()) {
            bytes(attribute.value());
        } else {
            uint32(PayloadReader.UNAVAILABLE_LENGTH);
        }
    }

    private static void check(boolean fits, String width, long value) {
        if (!fits) {
            throw new IllegalArgumentException(value + " does not fit in a " + width);
        }
    }
}
