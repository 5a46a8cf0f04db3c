package dev.dhsm.wire.pkcs11;

/**
 * The PKCS#11 object classes ({@code CKO_*}) of the objects a Luna 7 partition holds. Names drop the {@code CKO_}
 * prefix.
 */
public final class Cko {

    public static final long DATA = 0x00000000L;
    public static final long CERTIFICATE = 0x00000001L;
    public static final long PUBLIC_KEY = 0x00000002L;
    public static final long PRIVATE_KEY = 0x00000003L;
    public static final long SECRET_KEY = 0x00000004L;
    public static final long HW_FEATURE = 0x00000005L;
    public static final long DOMAIN_PARAMETERS = 0x00000006L;
    public static final long MECHANISM = 0x00000007L;
    public static final long VENDOR_DEFINED = 0x80000000L;

    private static final ConstantNames NAMES = ConstantNames.of(Cko.class, "CKO_");

    private Cko() {
    }

    /** {@code CKO_SECRET_KEY} for {@code 0x4}. */
    public static String name(long value) {
        return NAMES.name(value);
    }
}
