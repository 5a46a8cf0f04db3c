package dev.dhsm.wire.message;

import java.util.Objects;

/**
 * Exports a key encrypted under another partition key ({@code C_WrapKey}), subject to the partition's wrapping
 * policies.
 *
 * @param session the session handle from {@link SessionOpened}
 * @param wrappingKey the wrapping key's handle
 * @param key the handle of the key to wrap
 * @param mechanism the wrapping mechanism, e.g. {@code CKM_AES_KEY_WRAP_PAD}
 */
public record WrapKey(long session, long wrappingKey, long key, Mechanism mechanism) implements NtlsRequest {

    public WrapKey {
        Objects.requireNonNull(mechanism, "mechanism");
    }

    @Override
    public void writeTo(PayloadWriter out) {
        out.uint64(session).uint64(wrappingKey).uint64(key);
        mechanism.writeTo(out);
    }

    static WrapKey readFrom(PayloadReader in) {
        return new WrapKey(
                in.uint64("session"),
                in.uint64("wrappingKey"),
                in.uint64("key"),
                Mechanism.readFrom(in));
    }
}
