package dev.dhsm.wire.message;

import dev.dhsm.wire.pkcs11.Ckr;

/**
 * The answer to a request that succeeds without returning data (close, login, logout, PIN and policy changes,
 * destroy, verify).
 */
public record Ok() implements NtlsResponse {

    @Override
    public void writeTo(PayloadWriter out) {
        out.uint32(Ckr.OK);
    }

    static Ok readFrom(PayloadReader in) {
        in.okStatus();
        return new Ok();
    }
}
