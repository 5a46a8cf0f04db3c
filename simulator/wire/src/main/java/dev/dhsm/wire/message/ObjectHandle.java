package dev.dhsm.wire.message;

import dev.dhsm.wire.pkcs11.Ckr;

/**
 * The handle of a new object, in answer to {@link GenerateKey}, {@link UnwrapKey} or {@link CloneIn}.
 *
 * @param handle the object handle
 */
public record ObjectHandle(long handle) implements NtlsResponse {

    @Override
    public void writeTo(PayloadWriter out) {
        out.uint32(Ckr.OK).uint64(handle);
    }

    static ObjectHandle readFrom(PayloadReader in) {
        in.okStatus();
        return new ObjectHandle(in.uint64("handle"));
    }
}
