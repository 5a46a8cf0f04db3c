package dev.dhsm.wire.pkcs11;

/**
 * The PKCS#11 mask generation functions ({@code CKG_*}) that RSA-OAEP and RSA-PSS parameters name,
 * as a Luna 7 partition accepts them. Names drop the {@code CKG_} prefix.
 */
public final class Ckg {

    public static final long MGF1_SHA1 = 0x00000001L;
    public static final long MGF1_SHA256 = 0x00000002L;
    public static final long MGF1_SHA384 = 0x00000003L;
    public static final long MGF1_SHA512 = 0x00000004L;
    public static final long MGF1_SHA224 = 0x00000005L;

    private static final ConstantNames NAMES = ConstantNames.of(Ckg.class, "CKG_");

    private Ckg() {
    }

    /** {@code CKG_MGF1_SHA256} for {@code 0x2}. */
    public static String name(long value) {
        return NAMES.name(value);
    }
}
