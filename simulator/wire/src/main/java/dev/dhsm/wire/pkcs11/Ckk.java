package dev.dhsm.wire.pkcs11;

/**
 * The PKCS#11 key types ({@code CKK_*}) a Luna 7 partition generates and stores. Names drop the {@code CKK_}
 * prefix.
 */
public final class Ckk {

    public static final long RSA = 0x00000000L;
    public static final long DSA = 0x00000001L;
    public static final long DH = 0x00000002L;
    public static final long EC = 0x00000003L;
    public static final long GENERIC_SECRET = 0x00000010L;
    public static final long DES3 = 0x00000015L;
    public static final long AES = 0x0000001FL;
    public static final long VENDOR_DEFINED = 0x80000000L;

    private static final ConstantNames NAMES = ConstantNames.of(Ckk.class, "CKK_");

    private Ckk() {
    }

    /** {@code CKK_AES} for {@code 0x1F}. */
    public static String name(long value) {
        return NAMES.name(value);
    }
}
