package dev.dhsm.wire.message;

import dev.dhsm.wire.pkcs11.Ckr;

/**
 * The handles of a new key pair, in answer to {@link GenerateKeyPair}.
 *
 * @param publicKey the public key's handle
 * @param privateKey the private key's handle
 */
public record KeyPairHandles(long publicKey, long privateKey) implements NtlsResponse {

    @Override
    public void writeTo(PayloadWriter out) {
        out.uint32(Ckr.OK).uint64(publicKey).uint64(privateKey);
    }

    static KeyPairHandles readFrom(PayloadReader in) {
        in.okStatus();
        return new KeyPairHandles(in.uint64("publicKey"), in.uint64("privateKey"));
    }
}
