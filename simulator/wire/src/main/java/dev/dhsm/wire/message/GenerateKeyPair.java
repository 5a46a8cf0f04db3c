package dev.dhsm.wire.message;

import java.util.List;
import java.util.Objects;

/**
 * Generates a key pair in the partition ({@code C_GenerateKeyPair}), e.g. RSA or EC.
 *
 * @param session the session handle from {@link SessionOpened}
 * @param mechanism {@code CKM_RSA_PKCS_KEY_PAIR_GEN} or {@code CKM_EC_KEY_PAIR_GEN}
 * @param publicTemplate the public key's attributes
 * @param privateTemplate the private key's attributes
 */
public record GenerateKeyPair(long session, Mechanism mechanism, List<Attribute> publicTemplate,
                              List<Attribute> privateTemplate) implements NtlsRequest {

    public GenerateKeyPair {
        Objects.requireNonNull(mechanism, "mechanism");
        publicTemplate = List.copyOf(publicTemplate);
        privateTemplate = List.copyOf(privateTemplate);
    }

    @Override
    public void writeTo(PayloadWriter out) {
        out.uint64(session);
        mechanism.writeTo(out);
        out.attributes(publicTemplate).attributes(privateTemplate);
    }

    static GenerateKeyPair readFrom(PayloadReader in) {
        return new GenerateKeyPair(
                in.uint64("session"),
                Mechanism.readFrom(in),
                in.attributes("publicTemplate", false),
                in.attributes("privateTemplate", false));
    }
}
