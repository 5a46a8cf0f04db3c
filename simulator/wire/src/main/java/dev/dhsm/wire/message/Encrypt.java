package dev.dhsm.wire.message;

import java.util.Objects;

/**
 * Encrypts data with a key in the partition ({@code C_EncryptInit} + {@code C_Encrypt}), e.g. AES-GCM or RSA-OAEP.
 *
 * @param session the session handle from {@link SessionOpened}
 * @param key the key's handle
 * @param mechanism the mechanism and its parameters (IV, AAD and tag length for AES-GCM; hash for OAEP)
 * @param data the plaintext
 */
public record Encrypt(long session, long key, Mechanism mechanism, Octets data) implements NtlsRequest {

    public Encrypt {
        Objects.requireNonNull(mechanism, "mechanism");
        Objects.requireNonNull(data, "data");
    }

    @Override
    public void writeTo(PayloadWriter out) {
        out.uint64(session).uint64(key);
        mechanism.writeTo(out);
        out.bytes(data);
    }

    static Encrypt readFrom(PayloadReader in) {
        return new Encrypt(in.uint64("session"), in.uint64("key"), Mechanism.readFrom(in), in.bytes("data"));
    }
}
