package dev.dhsm.wire.message;

import java.util.Objects;

/**
 * Imports a cloning blob into the session's partition as a new object; a blob from another cloning domain is refused.
 *
 * @param session the session handle from {@link SessionOpened}
 * @param blob the blob from {@link CloneOut}, opaque to the client
 */
public record CloneIn(long session, Octets blob) implements NtlsRequest {

    public CloneIn {
        Objects.requireNonNull(blob, "blob");
    }

    @Override
    public void writeTo(PayloadWriter out) {
        out.uint64(session).bytes(blob);
    }

    static CloneIn readFrom(PayloadReader in) {
        return new CloneIn(in.uint64("session"), in.bytes("blob"));
    }
}
