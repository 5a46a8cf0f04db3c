package dev.dhsm.wire.pkcs11;

/**
 * The PKCS#11 return values ({@code CKR_*}) a Luna 7 partition reports to applications, including the
 * Luna vendor codes ({@code CKR_VENDOR_DEFINED + n}) from the firmware 7.0.3 header.
 *
 * <p>Every NTLS response carries one of these as its status. Names drop the {@code CKR_} prefix;
 * {@link #name(long)} puts it back.
 */
public final class Ckr {

    public static final long OK = 0x00000000L;
    public static final long CANCEL = 0x00000001L;
    public static final long HOST_MEMORY = 0x00000002L;
    public static final long SLOT_ID_INVALID = 0x00000003L;
    public static final long GENERAL_ERROR = 0x00000005L;
    public static final long FUNCTION_FAILED = 0x00000006L;
    public static final long ARGUMENTS_BAD = 0x00000007L;
    public static final long ATTRIBUTE_READ_ONLY = 0x00000010L;
    public static final long ATTRIBUTE_SENSITIVE = 0x00000011L;
    public static final long ATTRIBUTE_TYPE_INVALID = 0x00000012L;
    public static final long ATTRIBUTE_VALUE_INVALID = 0x00000013L;
    public static final long DATA_INVALID = 0x00000020L;
    public static final long DATA_LEN_RANGE = 0x00000021L;
    public static final long DEVICE_ERROR = 0x00000030L;
    public static final long DEVICE_MEMORY = 0x00000031L;
    public static final long DEVICE_REMOVED = 0x00000032L;
    public static final long ENCRYPTED_DATA_INVALID = 0x00000040L;
    public static final long ENCRYPTED_DATA_LEN_RANGE = 0x00000041L;
    public static final long FUNCTION_NOT_SUPPORTED = 0x00000054L;
    public static final long KEY_HANDLE_INVALID = 0x00000060L;
    public static final long KEY_SIZE_RANGE = 0x00000062L;
    public static final long KEY_TYPE_INCONSISTENT = 0x00000063L;
    public static final long KEY_FUNCTION_NOT_PERMITTED = 0x00000068L;
    public static final long KEY_NOT_WRAPPABLE = 0x00000069L;
    public static final long KEY_UNEXTRACTABLE = 0x0000006AL;
    public static final long MECHANISM_INVALID = 0x00000070L;
    public static final long MECHANISM_PARAM_INVALID = 0x00000071L;
    public static final long OBJECT_HANDLE_INVALID = 0x00000082L;
    public static final long OPERATION_ACTIVE = 0x00000090L;
    public static final long OPERATION_NOT_INITIALIZED = 0x00000091L;
    public static final long PIN_INCORRECT = 0x000000A0L;
    public static final long PIN_INVALID = 0x000000A1L;
    public static final long PIN_LEN_RANGE = 0x000000A2L;
    public static final long PIN_EXPIRED = 0x000000A3L;
    public static final long PIN_LOCKED = 0x000000A4L;
    public static final long SESSION_CLOSED = 0x000000B0L;
    public static final long SESSION_COUNT = 0x000000B1L;
    public static final long SESSION_HANDLE_INVALID = 0x000000B3L;
    public static final long SESSION_READ_ONLY = 0x000000B5L;
    public static final long SESSION_EXISTS = 0x000000B6L;
    public static final long SESSION_READ_ONLY_EXISTS = 0x000000B7L;
    public static final long SESSION_READ_WRITE_SO_EXISTS = 0x000000B8L;
    public static final long SIGNATURE_INVALID = 0x000000C0L;
    public static final long SIGNATURE_LEN_RANGE = 0x000000C1L;
    public static final long TEMPLATE_INCOMPLETE = 0x000000D0L;
    public static final long TEMPLATE_INCONSISTENT = 0x000000D1L;
    public static final long TOKEN_NOT_PRESENT = 0x000000E0L;
    public static final long TOKEN_NOT_RECOGNIZED = 0x000000E1L;
    public static final long TOKEN_WRITE_PROTECTED = 0x000000E2L;
    public static final long UNWRAPPING_KEY_HANDLE_INVALID = 0x000000F0L;
    public static final long USER_ALREADY_LOGGED_IN = 0x00000100L;
    public static final long USER_NOT_LOGGED_IN = 0x00000101L;
    public static final long USER_PIN_NOT_INITIALIZED = 0x00000102L;
    public static final long USER_TYPE_INVALID = 0x00000103L;
    public static final long USER_ANOTHER_ALREADY_LOGGED_IN = 0x00000104L;
    public static final long USER_TOO_MANY_TYPES = 0x00000105L;
    public static final long WRAPPED_KEY_INVALID = 0x00000110L;
    public static final long WRAPPING_KEY_HANDLE_INVALID = 0x00000113L;
    public static final long BUFFER_TOO_SMALL = 0x00000150L;
    public static final long CRYPTOKI_NOT_INITIALIZED = 0x00000190L;
    public static final long CRYPTOKI_ALREADY_INITIALIZED = 0x00000191L;
    public static final long FUNCTION_REJECTED = 0x00000200L;
    public static final long VENDOR_DEFINED = 0x80000000L;

    // Luna vendor codes (CKR_VENDOR_DEFINED + n), reference §10.4.
    public static final long RC_ERROR = 0x80000004L;
    public static final long CONTAINER_HANDLE_INVALID = 0x80000005L;
    public static final long TOO_MANY_CONTAINERS = 0x80000006L;
    public static final long USER_LOCKED_OUT = 0x80000007L;
    public static final long CLONING_PARAMETER_ALREADY_EXISTS = 0x80000008L;
    public static final long CLONING_PARAMETER_MISSING = 0x80000009L;
    public static final long CERTIFICATE_DATA_MISSING = 0x8000000AL;
    public static final long CERTIFICATE_DATA_INVALID = 0x8000000BL;
    public static final long USER_NOT_AUTHORIZED = 0x8000001AL;
    public static final long MAX_OBJECT_COUNT_EXCEEDED = 0x8000001BL;
    public static final long SO_LOGIN_FAILURE_THRESHOLD = 0x8000001CL;
    public static final long UNABLE_TO_CONNECT = 0x8000001FL;
    public static final long PARTITION_DISABLED = 0x80000020L;
    public static final long TIMEOUT = 0x80000024L;
    public static final long MTK_ZEROIZED = 0x80000026L;
    public static final long HSM_STORAGE_FULL = 0x8000002AL;
    public static final long DEVICE_TIMEOUT = 0x8000002BL;
    public static final long CONTAINER_OBJECT_STORAGE_FULL = 0x8000002CL;
    public static final long OPERATION_NOT_ALLOWED = 0x80000030L;
    public static final long LICENSE_CAPACITY_EXCEEDED = 0x80000031L;
    public static final long LOG_AUDIT_NOT_INITIALIZED = 0x80000039L;
    public static final long AUDIT_LOGIN_TIMEOUT_IN_PROGRESS = 0x8000003BL;
    public static final long AUDIT_LOGIN_FAILURE_THRESHOLD = 0x8000003CL;
    public static final long AGAIN = 0x80000041L;
    public static final long USER_ALREADY_ACTIVATED = 0x80000044L;
    public static final long STC_NOT_ENABLED = 0x80000051L;
    public static final long CHALLENGE_INCORRECT = 0x80000067L;
    public static final long OBJECT_ALREADY_EXISTS = 0x8000006FL;
    public static final long HSM_TAMPERED = 0x80000076L;
    public static final long CONFIG_CHANGE_ILLEGAL = 0x80000077L;
    public static final long POLICY_ID_INVALID = 0x8000007BL;
    public static final long CONFIG_ILLEGAL = 0x8000007CL;
    public static final long CONFIG_FAILS_DEPENDENCIES = 0x8000007DL;
    public static final long CERTIFICATE_TYPE_INVALID = 0x8000007EL;
    public static final long FAILED_TO_CLONE_AN_OBJECT = 0x80000106L;
    public static final long CLONE_NOT_ATTEMPTED = 0x80000107L;

    private static final ConstantNames NAMES = ConstantNames.of(Ckr.class, "CKR_");

    private Ckr() {
    }

    /** {@code CKR_PIN_INCORRECT} for {@code 0xA0}; {@code CKR_0x0000ABCD} for a value this table does not list. */
    public static String name(long value) {
        return NAMES.name(value);
    }

    /** Whether the value is one of the codes listed here. */
    public static boolean isKnown(long value) {
        return NAMES.isKnown(value);
    }

    /** {@code 0x000000A0 (CKR_PIN_INCORRECT)}: the form the client library and the NTLS log print. */
    public static String describe(long value) {
        return String.format("0x%08X (%s)", value, name(value));
    }
}
