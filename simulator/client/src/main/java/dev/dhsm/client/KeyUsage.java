package dev.dhsm.client;

import dev.dhsm.wire.pkcs11.Cka;

/** What a Luna partition key may be used for: the PKCS#11 usage attribute set to true in its template. */
public enum KeyUsage {
    SIGN(Cka.SIGN),
    VERIFY(Cka.VERIFY),
    ENCRYPT(Cka.ENCRYPT),
    DECRYPT(Cka.DECRYPT),
    WRAP(Cka.WRAP),
    UNWRAP(Cka.UNWRAP);

    private final long attribute;

    KeyUsage(long attribute) {
        this.attribute = attribute;
    }

    /** The {@code CKA_*} attribute that grants the usage. */
    public long attribute() {
        return attribute;
    }
}
