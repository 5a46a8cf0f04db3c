package dev.dhsm.wire.message;

import java.util.Objects;

/**
 * Verifies a signature with a key in the partition ({@code C_VerifyInit} + {@code C_Verify}); a bad signature
 * answers {@code CKR_SIGNATURE_INVALID}.
 *
 * @param session the session handle from {@link SessionOpened}
 * @param key the verification key's handle
 * @param mechanism the signature mechanism and its parameters
 * @param data the signed data
 * @param signature the signature to check
 */
public record Verify(long session, long key, Mechanism mechanism, Octets data, Octets signature)
        implements NtlsRequest {

    public Verify {
        Objects.requireNonNull(mechanism, "mechanism");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(signature, "signature");
    }

    @Override
    public void writeTo(PayloadWriter out) {
        out.uint64(session).uint64(key);
        mechanism.writeTo(out);
        out.bytes(data).bytes(signature);
    }

    static Verify readFrom(PayloadReader in) {
        return new Verify(
                in.uint64("session"),
                in.uint64("key"),
                Mechanism.readFrom(in),
                in.bytes("data"),
                in.bytes("signature"));
    }
}
