package dev.dhsm.wire.message;

import java.util.Objects;

/**
 * Signs data with a private or secret key in the partition ({@code C_SignInit} + {@code C_Sign}).
 *
 * @param session the session handle from {@link SessionOpened}
 * @param key the signing key's handle
 * @param mechanism the signature mechanism and its parameters
 * @param data the data (or, for {@code CKM_RSA_PKCS}/{@code CKM_ECDSA}, the prepared digest)
 */
public record Sign(long session, long key, Mechanism mechanism, Octets data) implements NtlsRequest {

    public Sign {
        Objects.requireNonNull(mechanism, "mechanism");
        Objects.requireNonNull(data, "data");
    }

    @Override
    public void writeTo(PayloadWriter out) {
        out.uint64(session).uint64(key);
        mechanism.writeTo(out);
        out.bytes(data);
    }

    static Sign readFrom(PayloadReader in) {
        return new Sign(in.uint64("session"), in.uint64("key"), Mechanism.readFrom(in), in.bytes("data"));
    }
}
