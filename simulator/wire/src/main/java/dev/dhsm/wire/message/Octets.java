package dev.dhsm.wire.message;

import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * An immutable byte string, the PKCS#11 byte array that NTLS messages carry (data to sign, signatures,
 * wrapped keys, clone blobs, attribute values), with value equality so message records compare by content.
 */
public final class Octets {

    /** The empty byte string. */
    public static final Octets EMPTY = new Octets(new byte[0]);

    private final byte[] bytes;

    private Octets(byte[] bytes) {
        this.bytes = bytes;
    }

    /** A copy of {@code bytes}. */
    public static Octets of(byte... bytes) {
        return bytes.length == 0 ? EMPTY : new Octets(bytes.clone());
    }

    /** The UTF-8 encoding of {@code text}. */
    public static Octets utf8(String text) {
        return wrap(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The bytes spelled by a hexadecimal string such as {@code "00ff10"}. */
    public static Octets fromHex(String hex) {
        return wrap(HexFormat.of().parseHex(hex));
    }

    /** Takes ownership of {@code bytes} without copying; only for arrays nobody else holds. */
    static Octets wrap(byte[] bytes) {
        return bytes.length == 0 ? EMPTY : new Octets(bytes);
    }

    /** A fresh copy of the bytes. */
    public byte[] toByteArray() {
        return bytes.clone();
    }

    public int length() {
        return bytes.length;
    }

    public boolean isEmpty() {
        return bytes.length == 0;
    }

    /** Lower-case hexadecimal, two digits per byte. */
    public String toHex() {
        return HexFormat.of().formatHex(bytes);
    }

    /** The bytes decoded as UTF-8 (malformed sequences become U+FFFD). */
    public String toUtf8() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    void writeTo(ByteBuf out) {
        out.writeBytes(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Octets that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** Shows only the length: message records are logged, and these bytes may be key material. */
    @Override
    public String toString() {
        return "Octets[" + bytes.length + " bytes]";
    }
}
