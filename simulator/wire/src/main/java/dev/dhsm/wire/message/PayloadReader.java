package dev.dhsm.wire.message;

import io.netty.buffer.ByteBuf;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * Reads the fields of one NTLS message payload, checking every length and count against the bytes that are
 * actually left, so a hostile frame can neither read past its end nor make the reader allocate more than it sent.
 * Every failure is a {@link MalformedPayloadException} naming the message and field.
 */
public final class PayloadReader {

    /** The attribute value length that means "no value" ({@code CK_UNAVAILABLE_INFORMATION} as a uint32). */
    static final long UNAVAILABLE_LENGTH = 0xFFFFFFFFL;

    private final ByteBuf in;
    private final String messageName;

    /** Reads from {@code in}, which holds exactly one payload; {@code messageName} prefixes error texts. */
    public PayloadReader(ByteBuf in, String messageName) {
        this.in = in;
        this.messageName = messageName;
    }

    public int uint8(String field) {
        require(field, 1);
        return in.readUnsignedByte();
    }

    /** A boolean byte: 0 or 1, nothing else. */
    public boolean bool(String field) {
        int value = uint8(field);
        if (value > 1) {
            throw malformed(field, "boolean byte is " + value + ", expected 0 or 1");
        }
        return value == 1;
    }

    public int uint16(String field) {
        require(field, 2);
        return in.readUnsignedShort();
    }

    public long uint32(String field) {
        require(field, 4);
        return in.readUnsignedInt();
    }

    /** A uint64; values above 2^63-1 come back as negative {@code long}s (handles are opaque). */
    public long uint64(String field) {
        require(field, 8);
        return in.readLong();
    }

    /** A uint32 length followed by that many bytes. */
    public Octets bytes(String field) {
        int length = length(field, 1);
        byte[] bytes = new byte[length];
        in.readBytes(bytes);
        return Octets.wrap(bytes);
    }

    /** A uint32 length followed by that many bytes of strict UTF-8. */
    public String string(String field) {
        int length = length(field, 1);
        ByteBuffer bytes = in.nioBuffer(in.readerIndex(), length);
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes)
                    .toString();
            in.skipBytes(length);
            return text;
        } catch (CharacterCodingException e) {
            throw malformed(field, "string is not valid UTF-8");
        }
    }

    /**
     * A uint32 count followed by that many entries. {@code minEntrySize} is the smallest encoding of one entry;
     * a count that could not fit in the remaining bytes is rejected before anything is allocated.
     */
    public <T> List<T> list(String field, int minEntrySize, Function<PayloadReader, T> entry) {
        int count = length(field, minEntrySize);
        List<T> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            entries.add(entry.apply(this));
        }
        return Collections.unmodifiableList(entries);
    }

    /** A list of uint64 values (object handles). */
    public List<Long> uint64List(String field) {
        return list(field, 8, r -> r.uint64(field));
    }

    /** A list of uint32 values (attribute types). */
    public List<Long> uint32List(String field) {
        return list(field, 4, r -> r.uint32(field));
    }

    /**
     * A list of attributes, each a uint32 type, a uint32 length and the value. The length {@code 0xFFFFFFFF}
     * marks an unavailable value and is accepted only where {@code allowUnavailable} says so.
     */
    public List<Attribute> attributes(String field, boolean allowUnavailable) {
        return list(field, 8, r -> r.attribute(field, allowUnavailable));
    }

    private Attribute attribute(String field, boolean allowUnavailable) {
        long type = uint32(field + ".type");
        require(field + ".length", 4);
        long length = in.getUnsignedInt(in.readerIndex());
        if (length == UNAVAILABLE_LENGTH) {
            in.skipBytes(4);
            if (!allowUnavailable) {
                throw malformed(field, "attribute 0x" + Long.toHexString(type) + " has no value in a template");
            }
            return Attribute.unavailable(type);
        }
        return new Attribute(type, bytes(field + ".value"));
    }

    /** Fails unless the whole payload has been read: trailing bytes are a malformed message. */
    public void expectEnd() {
        if (in.isReadable()) {
            throw new MalformedPayloadException(
                    messageName + ": " + in.readableBytes() + " unexpected trailing bytes");
        }
    }

    /** Reads a response status that must be {@code CKR_OK}: the typed responses that only report success. */
    public void okStatus() {
        long status = uint32("status");
        if (status != 0) {
            throw malformed("status", String.format("must be CKR_OK, is 0x%08X", status));
        }
    }

    private int length(String field, int minEntrySize) {
        long length = uint32(field + ".length");
        long available = in.readableBytes();
        if (length * minEntrySize > available) {
            throw malformed(field, "length " + length + " needs more than the " + available + " bytes left");
        }
        return (int) length;
    }

    private void require(String field, int bytes) {
        if (in.readableBytes() < bytes) {
            throw malformed(field, "needs " + bytes + " bytes, " + in.readableBytes() + " left");
        }
    }

    private MalformedPayloadException malformed(String field, String problem) {
        return new MalformedPayloadException(messageName + "." + field + ": " + problem);
    }
}
