package dev.dhsm.wire.message;

import dev.dhsm.wire.pkcs11.Ckr;

/**
 * The new session's handle, in answer to {@link OpenSession}.
 *
 * @param session the session handle
 */
public record SessionOpened(long session) implements NtlsResponse {

    @Override
    public void writeTo(PayloadWriter out) {
        out.uint32(Ckr.OK).uint64(session);
    }

    static SessionOpened readFrom(PayloadReader in) {
        in.okStatus();
        return new SessionOpened(in.uint64("session"));
    }
}
