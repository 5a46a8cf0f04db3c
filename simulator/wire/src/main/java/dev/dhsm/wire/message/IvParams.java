package dev.dhsm.wire.message;

import java.util.Objects;

/**
 * An initialisation vector as a mechanism's only parameter, e.g. {@code CKM_AES_CBC_PAD} or an explicit AES
 * key-wrap IV.
 */
public record IvParams(Octets iv) implements MechanismParams {

    /** Wire kind byte. */
    public static final int KIND = 1;

    public IvParams {
        Objects.requireNonNull(iv, "iv");
    }

    @Override
    public int kind() {
        return KIND;
    }

    @Override
    public void writeFields(PayloadWriter out) {
        out.bytes(iv);
    }

    static IvParams readFields(PayloadReader in) {
        return new IvParams(in.bytes("params.iv"));
    }
}
