package dev.dhsm.wire.message;

import java.util.Objects;

/**
 * {@code CK_GCM_PARAMS} for {@code CKM_AES_GCM}: the IV, the additional authenticated data and the tag length in bits.
 *
 * @param iv      the initialisation vector (12 bytes is usual)
 * @param aad     additional authenticated data, possibly empty
 * @param tagBits the authentication tag length in bits (128 is usual), a uint32
 */
public record GcmParams(Octets iv, Octets aad, long tagBits) implements MechanismParams {

    /** Wire kind byte. */
    public static final int KIND = 2;

    public GcmParams {
        Objects.requireNonNull(iv, "iv");
        Objects.requireNonNull(aad, "aad");
    }

    @Override
    public int kind() {
        return KIND;
    }

    @Override
    public void writeFields(PayloadWriter out) {
        out.bytes(iv).bytes(aad).uint32(tagBits);
    }

    static GcmParams readFields(PayloadReader in) {
        return new GcmParams(in.bytes("params.iv"), in.bytes("params.aad"), in.uint32("params.tagBits"));
    }
}
