package dev.dhsm.client;

import dev.dhsm.wire.message.GcmParams;
import dev.dhsm.wire.message.Mechanism;
import dev.dhsm.wire.message.OaepParams;
import dev.dhsm.wire.message.Octets;
import dev.dhsm.wire.message.PssParams;
import dev.dhsm.wire.pkcs11.Ckg;
import dev.dhsm.wire.pkcs11.Ckm;

/**
 * The PKCS#11 mechanisms a Luna client application uses most, ready-made: RSA PKCS#1 v1.5 and PSS with SHA-256,
 * ECDSA with SHA-256/384, AES-GCM, RSA-OAEP with SHA-256 and AES key wrap with padding.
 */
public final class Mechanisms {

    private static final int SHA256_BYTES = 32;

    private Mechanisms() {
    }

    /** {@code CKM_SHA256_RSA_PKCS}: RSA PKCS#1 v1.5 over SHA-256 of the data. */
    public static Mechanism sha256RsaPkcs() {
        return Mechanism.of(Ckm.SHA256_RSA_PKCS);
    }

    /** {@code CKM_SHA256_RSA_PKCS_PSS} with MGF1-SHA-256 and a 32-byte salt. */
    public static Mechanism sha256RsaPss() {
        return new Mechanism(Ckm.SHA256_RSA_PKCS_PSS, new PssParams(Ckm.SHA256, Ckg.MGF1_SHA256, SHA256_BYTES));
    }

    /** {@code CKM_ECDSA_SHA256}. */
    public static Mechanism ecdsaSha256() {
        return Mechanism.of(Ckm.ECDSA_SHA256);
    }

    /** {@code CKM_ECDSA_SHA384}. */
    public static Mechanism ecdsaSha384() {
        return Mechanism.of(Ckm.ECDSA_SHA384);
    }

    /** {@code CKM_AES_GCM} with a 128-bit tag appended to the ciphertext. */
    public static Mechanism aesGcm(byte[] iv, byte[] aad) {
        return new Mechanism(Ckm.AES_GCM, new GcmParams(Octets.of(iv), Octets.of(aad), 128));
    }

    /** {@code CKM_RSA_PKCS_OAEP} with SHA-256, MGF1-SHA-256 and an empty label. */
    public static Mechanism rsaOaepSha256() {
        return new Mechanism(Ckm.RSA_PKCS_OAEP, new OaepParams(Ckm.SHA256, Ckg.MGF1_SHA256, Octets.EMPTY));
    }

    /** {@code CKM_AES_KEY_WRAP_PAD} (RFC 5649) with the default IV. */
    public static Mechanism aesKeyWrapPad() {
        return Mechanism.of(Ckm.AES_KEY_WRAP_PAD);
    }
}
