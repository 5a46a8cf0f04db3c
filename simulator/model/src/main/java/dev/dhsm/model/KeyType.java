package dev.dhsm.model;

/** The key types the emulated partition stores, with their PKCS#11 CKK_* numbers. */
public enum KeyType {
    RSA(0x0L),
    EC(0x3L),
    AES(0x1FL);

    private final long code;

    KeyType(long code) {
        this.code = code;
    }

    public long code() {
        return code;
    }
}
