package dev.dhsm.wire.message;

import dev.dhsm.wire.pkcs11.Ckr;
import java.util.Objects;

/**
 * The output bytes of a signature, encryption, decryption, key wrap or clone export.
 *
 * @param data the output
 */
public record DataResult(Octets data) implements NtlsResponse {

    public DataResult {
        Objects.requireNonNull(data, "data");
    }

    @Override
    public void writeTo(PayloadWriter out) {
        out.uint32(Ckr.OK).bytes(data);
    }

    static DataResult readFrom(PayloadReader in) {
        in.okStatus();
        return new DataResult(in.bytes("data"));
    }
}
