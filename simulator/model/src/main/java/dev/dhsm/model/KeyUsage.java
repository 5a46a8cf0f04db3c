package dev.dhsm.model;

import java.util.EnumSet;
import java.util.Set;

/** What a key may be used for (CKA_SIGN, CKA_VERIFY, CKA_ENCRYPT, CKA_DECRYPT, CKA_WRAP, CKA_UNWRAP). */
public enum KeyUsage {
    SIGN,
    VERIFY,
    ENCRYPT,
    DECRYPT,
    WRAP,
    UNWRAP;

    public static Set<KeyUsage> none() {
        return EnumSet.noneOf(KeyUsage.class);
    }
}
