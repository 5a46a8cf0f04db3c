package dev.dhsm.wire.pkcs11;

/**
 * The PKCS#11 attribute types ({@code CKA_*}) that a Luna 7 partition stores on its objects and that
 * NTLS templates and attribute reads carry. Standard PKCS#11 v2.40 values; names drop the {@code CKA_} prefix.
 */
public final class Cka {

    public static final long CLASS = 0x00000000L;
    public static final long TOKEN = 0x00000001L;
    public static final long PRIVATE = 0x00000002L;
    public static final long LABEL = 0x00000003L;
    public static final long APPLICATION = 0x00000010L;
    public static final long VALUE = 0x00000011L;
    public static final long OBJECT_ID = 0x00000012L;
    public static final long CERTIFICATE_TYPE = 0x00000080L;
    public static final long ISSUER = 0x00000081L;
    public static final long SERIAL_NUMBER = 0x00000082L;
    public static final long TRUSTED = 0x00000086L;
    public static final long CHECK_VALUE = 0x00000090L;
    public static final long KEY_TYPE = 0x00000100L;
    public static final long SUBJECT = 0x00000101L;
    public static final long ID = 0x00000102L;
    public static final long SENSITIVE = 0x00000103L;
    public static final long ENCRYPT = 0x00000104L;
    public static final long DECRYPT = 0x00000105L;
    public static final long WRAP = 0x00000106L;
    public static final long UNWRAP = 0x00000107L;
    public static final long SIGN = 0x00000108L;
    public static final long SIGN_RECOVER = 0x00000109L;
    public static final long VERIFY = 0x0000010AL;
    public static final long VERIFY_RECOVER = 0x0000010BL;
    public static final long DERIVE = 0x0000010CL;
    public static final long START_DATE = 0x00000110L;
    public static final long END_DATE = 0x00000111L;
    public static final long MODULUS = 0x00000120L;
    public static final long MODULUS_BITS = 0x00000121L;
    public static final long PUBLIC_EXPONENT = 0x00000122L;
    public static final long PRIVATE_EXPONENT = 0x00000123L;
    public static final long PRIME_1 = 0x00000124L;
    public static final long PRIME_2 = 0x00000125L;
    public static final long EXPONENT_1 = 0x00000126L;
    public static final long EXPONENT_2 = 0x00000127L;
    public static final long COEFFICIENT = 0x00000128L;
    public static final long PUBLIC_KEY_INFO = 0x00000129L;
    public static final long VALUE_BITS = 0x00000160L;
    public static final long VALUE_LEN = 0x00000161L;
    public static final long EXTRACTABLE = 0x00000162L;
    public static final long LOCAL = 0x00000163L;
    public static final long NEVER_EXTRACTABLE = 0x00000164L;
    public static final long ALWAYS_SENSITIVE = 0x00000165L;
    public static final long KEY_GEN_MECHANISM = 0x00000166L;
    public static final long MODIFIABLE = 0x00000170L;
    public static final long COPYABLE = 0x00000171L;
    public static final long DESTROYABLE = 0x00000172L;
    public static final long EC_PARAMS = 0x00000180L;
    public static final long EC_POINT = 0x00000181L;
    public static final long ALWAYS_AUTHENTICATE = 0x00000202L;
    public static final long WRAP_WITH_TRUSTED = 0x00000210L;
    public static final long VENDOR_DEFINED = 0x80000000L;

    private static final ConstantNames NAMES = ConstantNames.of(Cka.class, "CKA_");

    private Cka() {
    }

    /** {@code CKA_LABEL} for {@code 0x3}. */
    public static String name(long value) {
        return NAMES.name(value);
    }
}
