package dev.dhsm.wire.message;

import java.util.List;
import java.util.Objects;

/**
 * Imports a wrapped key into the partition as a new object ({@code C_UnwrapKey}).
 *
 * @param session the session handle from {@link SessionOpened}
 * @param unwrappingKey the unwrapping key's handle
 * @param mechanism the unwrapping mechanism
 * @param wrappedKey the wrapped key bytes
 * @param template the new key's attributes
 */
public record UnwrapKey(long session, long unwrappingKey, Mechanism mechanism, Octets wrappedKey,
                        List<Attribute> template) implements NtlsRequest {

    public UnwrapKey {
        Objects.requireNonNull(mechanism, "mechanism");
        Objects.requireNonNull(wrappedKey, "wrappedKey");
        template = List.copyOf(template);
    }

    @Override
    public void writeTo(PayloadWriter out) {
        out.uint64(session).uint64(unwrappingKey);
        mechanism.writeTo(out);
        out.bytes(wrappedKey).attributes(template);
    }

    static UnwrapKey readFrom(PayloadReader in) {
        return new UnwrapKey(
                in.uint64("session"),
                in.uint64("unwrappingKey"),
                Mechanism.readFrom(in),
                in.bytes("wrappedKey"),
                in.attributes("template", false));
    }
}
