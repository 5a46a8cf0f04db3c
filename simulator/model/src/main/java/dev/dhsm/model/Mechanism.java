package dev.dhsm.model;

import java.util.Optional;

/** The PKCS#11 mechanisms the emulated partition implements, with their standard numbers. */
public enum Mechanism {
    RSA_PKCS_KEY_PAIR_GEN(0x0000L),
    RSA_PKCS(0x0001L),
    SHA256_RSA_PKCS(0x0040L),
    SHA384_RSA_PKCS(0x0041L),
    SHA512_RSA_PKCS(0x0042L),
    SHA256_RSA_PKCS_PSS(0x0043L),
    RSA_PKCS_OAEP(0x0009L),
    EC_KEY_PAIR_GEN(0x1040L),
    ECDSA(0x1041L),
    ECDSA_SHA256(0x1044L),
    ECDSA_SHA384(0x1045L),
    AES_KEY_GEN(0x1080L),
    AES_GCM(0x1087L),
    AES_KEY_WRAP_PAD(0x210AL);

    private final long code;

    Mechanism(long code) {
        this.code = code;
    }

    public long code() {
        return code;
    }

    public static Optional<Mechanism> byCode(long code) {
        for (Mechanism m : values()) {
            if (m.code == code) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
