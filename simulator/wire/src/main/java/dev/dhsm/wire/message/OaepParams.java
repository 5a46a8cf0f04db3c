package dev.dhsm.wire.message;

import java.util.Objects;

/**
 * {@code CK_RSA_PKCS_OAEP_PARAMS} for {@code CKM_RSA_PKCS_OAEP}: the hash, the mask generation function and
 * the label ({@code CKZ_DATA_SPECIFIED} source data, possibly empty).
 *
 * @param hashAlg the {@code CKM_*} digest, e.g. {@code CKM_SHA256}
 * @param mgf     the {@code CKG_*} mask generation function, e.g. {@code CKG_MGF1_SHA256}
 * @param label   the OAEP label
 */
public record OaepParams(long hashAlg, long mgf, Octets label) implements MechanismParams {

    /** Wire kind byte. */
    public static final int KIND = 3;

    public OaepParams {
        Objects.requireNonNull(label, "label");
    }

    @Override
    public int kind() {
        return KIND;
    }

    @Override
    public void writeFields(PayloadWriter out) {
        out.uint32(hashAlg).uint32(mgf).bytes(label);
    }

    static OaepParams readFields(PayloadReader in) {
        return new OaepParams(in.uint32("params.hashAlg"), in.uint32("params.mgf"), in.bytes("params.label"));
    }
}
