package dev.dhsm.wire.message;

/**
 * {@code CK_RSA_PKCS_PSS_PARAMS} for {@code CKM_RSA_PKCS_PSS} and {@code CKM_SHA256_RSA_PKCS_PSS}: the hash,
 * the mask generation function and the salt length in bytes.
 *
 * @param hashAlg    the {@code CKM_*} digest, e.g. {@code CKM_SHA256}
 * @param mgf        the {@code CKG_*} mask generation function
 * @param saltLength the salt length in bytes, a uint32
 */
public record PssParams(long hashAlg, long mgf, long saltLength) implements MechanismParams {

    /** Wire kind byte. */
    public static final int KIND = 4;

    @Override
    public int kind() {
        return KIND;
    }

    @Override
    public void writeFields(PayloadWriter out) {
        out.uint32(hashAlg).uint32(mgf).uint32(saltLength);
    }

    static PssParams readFields(PayloadReader in) {
        return new PssParams(in.uint32("params.hashAlg"), in.uint32("params.mgf"), in.uint32("params.saltLength"));
    }
}
