package dev.dhsm.wire.message;

import java.nio.ByteBuffer;

/**
 * One PKCS#11 attribute of a Luna partition object ({@code CK_ATTRIBUTE}): a {@code CKA_*} type and its value.
 *
 * <p>Value encodings on the wire: {@code CK_BBOOL} is one byte 0 or 1; {@code CK_ULONG} (class, key type,
 * lengths) is 8 bytes big-endian; text (label) is UTF-8; big integers (modulus, exponent) are unsigned
 * big-endian bytes; everything else is the raw bytes PKCS#11 defines. A {@code null} value means
 * "unavailable" ({@code CK_UNAVAILABLE_INFORMATION}), which only an attribute read answers, for a sensitive
 * or unknown attribute.
 *
 * @param type  the {@code CKA_*} type, a uint32
 * @param value the value, or {@code null} when unavailable
 */
public record Attribute(long type, Octets value) {

    public Attribute {
        if (type < 0 || type > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("attribute type does not fit in a uint32: " + type);
        }
    }

    /** A {@code CK_BBOOL} attribute such as {@code CKA_TOKEN}. */
    public static Attribute bool(long type, boolean value) {
        return new Attribute(type, Octets.of((byte) (value ? 1 : 0)));
    }

    /** A {@code CK_ULONG} attribute such as {@code CKA_CLASS} or {@code CKA_VALUE_LEN}. */
    public static Attribute ulong(long type, long value) {
        return new Attribute(type, Octets.wrap(ByteBuffer.allocate(8).putLong(value).array()));
    }

    /** A UTF-8 text attribute such as {@code CKA_LABEL}. */
    public static Attribute string(long type, String value) {
        return new Attribute(type, Octets.utf8(value));
    }

    /** A byte-array attribute such as {@code CKA_ID} or {@code CKA_EC_PARAMS}. */
    public static Attribute bytes(long type, Octets value) {
        return new Attribute(type, value);
    }

    /** The answer for an attribute whose value cannot be revealed or does not exist. */
    public static Attribute unavailable(long type) {
        return new Attribute(type, null);
    }

    public boolean isAvailable() {
        return value != null;
    }

    /** The value as a {@code CK_BBOOL}. */
    public boolean asBoolean() {
        byte[] bytes = sized(1, "CK_BBOOL");
        return bytes[0] != 0;
    }

    /** The value as a {@code CK_ULONG}. */
    public long asLong() {
        return ByteBuffer.wrap(sized(8, "CK_ULONG")).getLong();
    }

    /** The value as UTF-8 text. */
    public String asString() {
        return present().toUtf8();
    }

    private byte[] sized(int length, String kind) {
        Octets present = present();
        if (present.length() != length) {
            throw new IllegalStateException("attribute 0x" + Long.toHexString(type) + " holds "
                    + present.length() + " bytes, not a " + kind);
        }
        return present.toByteArray();
    }

    private Octets present() {
        if (value == null) {
            throw new IllegalStateException("attribute 0x" + Long.toHexString(type) + " is unavailable");
        }
        return value;
    }
}
