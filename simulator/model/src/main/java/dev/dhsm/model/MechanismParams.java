package dev.dhsm.model;

/** Parameters a mechanism needs: the AES-GCM IV, additional data and tag length. */
public record MechanismParams(byte[] iv, byte[] aad, int tagBits) {
    public static final MechanismParams NONE = new MechanismParams(null, null, 0);

    public static MechanismParams gcm(byte[] iv, byte[] aad, int tagBits) {
        return new MechanismParams(iv, aad, tagBits);
    }
}
