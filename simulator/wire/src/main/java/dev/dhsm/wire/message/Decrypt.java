package dev.dhsm.wire.message;

import java.util.Objects;

/**
 * Decrypts data with a key in the partition ({@code C_DecryptInit} + {@code C_Decrypt}).
 *
 * @param session the session handle from {@link SessionOpened}
 * @param key the key's handle
 * @param mechanism the mechanism and its parameters
 * @param data the ciphertext (with the tag appended, for AES-GCM)
 */
public record Decrypt(long session, long key, Mechanism mechanism, Octets data) implements NtlsRequest {

    public Decrypt {
        Objects.requireNonNull(mechanism, "mechanism");
        Objects.requireNonNull(data, "data");
    }

    @Override
    public void writeTo(PayloadWriter out) {
        out.uint64(session).uint64(key);
        mechanism.writeTo(out);
        out.bytes(data);
    }

    static Decrypt readFrom(PayloadReader in) {
        return new Decrypt(in.uint64("session"), in.uint64("key"), Mechanism.readFrom(in), in.bytes("data"));
    }
}
