package dev.dhsm.model;

/** The object classes the emulated partition stores, with their PKCS#11 CKO_* numbers. */
public enum ObjectClass {
    PUBLIC_KEY(0x2L, "Public Key"),
    PRIVATE_KEY(0x3L, "Private Key"),
    SECRET_KEY(0x4L, "Symmetric Key");

    private final long code;
    private final String displayName;

    ObjectClass(long code, String displayName) {
        this.code = code;
        this.displayName = displayName;
    }

    public long code() {
        return code;
    }

    /** How LunaCM and {@code partition showContents} name the class. */
    public String displayName() {
        return displayName;
    }
}
