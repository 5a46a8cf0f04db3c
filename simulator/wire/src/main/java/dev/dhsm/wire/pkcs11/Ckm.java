package dev.dhsm.wire.pkcs11;

/**
 * The PKCS#11 mechanisms ({@code CKM_*}) the emulated Luna 7 partition offers over NTLS: RSA and EC key pair
 * generation, AES key generation, RSA PKCS#1 v1.5 / PSS / OAEP, ECDSA, AES-GCM and AES key wrap.
 * Standard PKCS#11 v2.40 values; names drop the {@code CKM_} prefix.
 */
public final class Ckm {

    public static final long RSA_PKCS_KEY_PAIR_GEN = 0x00000000L;
    public static final long RSA_PKCS = 0x00000001L;
    public static final long RSA_X_509 = 0x00000003L;
    public static final long SHA1_RSA_PKCS = 0x00000006L;
    public static final long RSA_PKCS_OAEP = 0x00000009L;
    public static final long RSA_PKCS_PSS = 0x0000000DL;
    public static final long SHA256_RSA_PKCS = 0x00000040L;
    public static final long SHA384_RSA_PKCS = 0x00000041L;
    public static final long SHA512_RSA_PKCS = 0x00000042L;
    public static final long SHA256_RSA_PKCS_PSS = 0x00000043L;
    public static final long SHA384_RSA_PKCS_PSS = 0x00000044L;
    public static final long SHA512_RSA_PKCS_PSS = 0x00000045L;
    public static final long SHA_1 = 0x00000220L;
    public static final long SHA256 = 0x00000250L;
    public static final long SHA384 = 0x00000260L;
    public static final long SHA512 = 0x00000270L;
    public static final long GENERIC_SECRET_KEY_GEN = 0x00000350L;
    public static final long EC_KEY_PAIR_GEN = 0x00001040L;
    public static final long ECDSA = 0x00001041L;
    public static final long ECDSA_SHA1 = 0x00001042L;
    public static final long ECDSA_SHA224 = 0x00001043L;
    public static final long ECDSA_SHA256 = 0x00001044L;
    public static final long ECDSA_SHA384 = 0x00001045L;
    public static final long ECDSA_SHA512 = 0x00001046L;
    public static final long AES_KEY_GEN = 0x00001080L;
    public static final long AES_ECB = 0x00001081L;
    public static final long AES_CBC = 0x00001082L;
    public static final long AES_CBC_PAD = 0x00001085L;
    public static final long AES_GCM = 0x00001087L;
    public static final long AES_KEY_WRAP = 0x00002109L;
    public static final long AES_KEY_WRAP_PAD = 0x0000210AL;
    public static final long VENDOR_DEFINED = 0x80000000L;

    private static final ConstantNames NAMES = ConstantNames.of(Ckm.class, "CKM_");

    private Ckm() {
    }

    /** {@code CKM_AES_GCM} for {@code 0x1087}. */
    public static String name(long value) {
        return NAMES.name(value);
    }
}
