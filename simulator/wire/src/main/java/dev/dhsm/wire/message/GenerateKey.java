package dev.dhsm.wire.message;

import java.util.List;
import java.util.Objects;

/**
 * Generates a secret key in the partition ({@code C_GenerateKey}), e.g. an AES key with {@code CKM_AES_KEY_GEN}.
 *
 * @param session the session handle from {@link SessionOpened}
 * @param mechanism the key generation mechanism
 * @param template the new key's attributes
 */
public record GenerateKey(long session, Mechanism mechanism, List<Attribute> template) implements NtlsRequest {

    public GenerateKey {
        Objects.requireNonNull(mechanism, "mechanism");
        template = List.copyOf(template);
    }

    @Override
    public void writeTo(PayloadWriter out) {
        out.uint64(session);
        mechanism.writeTo(out);
        out.attributes(template);
    }

    static GenerateKey readFrom(PayloadReader in) {
        return new GenerateKey(in.uint64("session"), Mechanism.readFrom(in), in.attributes("template", false));
    }
}
