package dev.dhsm.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The PKCS#11 return values (with Luna's vendor codes) that partition-level operations end with, as a
 * client application or LunaCM sees them.
 */
public enum Ckr {
    OK(0x0),
    ARGUMENTS_BAD(0x7),
    ATTRIBUTE_SENSITIVE(0x11),
    ATTRIBUTE_TYPE_INVALID(0x12),
    ATTRIBUTE_VALUE_INVALID(0x13),
    DATA_INVALID(0x20),
    DATA_LEN_RANGE(0x21),
    DEVICE_ERROR(0x30),
    ENCRYPTED_DATA_INVALID(0x40),
    FUNCTION_NOT_SUPPORTED(0x54),
    KEY_HANDLE_INVALID(0x60),
    KEY_SIZE_RANGE(0x62),
    KEY_TYPE_INCONSISTENT(0x63),
    KEY_FUNCTION_NOT_PERMITTED(0x68),
    KEY_NOT_WRAPPABLE(0x69),
    KEY_UNEXTRACTABLE(0x6A),
    MECHANISM_INVALID(0x70),
    MECHANISM_PARAM_INVALID(0x71),
    OBJECT_HANDLE_INVALID(0x82),
    PIN_INCORRECT(0xA0),
    PIN_INVALID(0xA1),
    PIN_LEN_RANGE(0xA2),
    PIN_EXPIRED(0xA3),
    PIN_LOCKED(0xA4),
    SESSION_HANDLE_INVALID(0xB3),
    SIGNATURE_INVALID(0xC0),
    SIGNATURE_LEN_RANGE(0xC1),
    TEMPLATE_INCOMPLETE(0xD0),
    TEMPLATE_INCONSISTENT(0xD1),
    TOKEN_NOT_PRESENT(0xE0),
    TOKEN_NOT_RECOGNIZED(0xE1),
    USER_ALREADY_LOGGED_IN(0x100),
    USER_NOT_LOGGED_IN(0x101),
    USER_PIN_NOT_INITIALIZED(0x102),
    USER_TYPE_INVALID(0x103),
    USER_ANOTHER_ALREADY_LOGGED_IN(0x104),
    WRAPPED_KEY_INVALID(0x110),
    BUFFER_TOO_SMALL(0x150),
    CRYPTOKI_NOT_INITIALIZED(0x190),
    USER_LOCKED_OUT(0x80000007L),
    USER_NOT_AUTHORIZED(0x8000001AL),
    SO_LOGIN_FAILURE_THRESHOLD(0x8000001CL),
    UNABLE_TO_CONNECT(0x8000001FL),
    CONTAINER_OBJECT_STORAGE_FULL(0x8000002CL),
    OPERATION_NOT_ALLOWED(0x80000030L),
    MTK_ZEROIZED(0x80000026L),
    CONFIG_FAILS_DEPENDENCIES(0x8000007DL),
    POLICY_ID_INVALID(0x8000007BL),
    CERTIFICATE_INVALID(0x80000103L),
    FAILED_TO_CLONE_AN_OBJECT(0x80000106L);

    private static final Map<Long, Ckr> BY_CODE = new HashMap<>();

    static {
        for (Ckr c : values()) {
            BY_CODE.put(c.code, c);
        }
    }

    private final long code;

    Ckr(long code) {
        this.code = code;
    }

    public long code() {
        return code;
    }

    /** The PKCS#11 name, e.g. {@code CKR_PIN_INCORRECT}. */
    public String symbol() {
        return "CKR_" + name();
    }

    /** {@code 0x000000A0}-style, as LunaCM prints codes. */
    public String hex() {
        return String.format(Locale.ROOT, "0x%08x", code);
    }

    public static Ckr byCode(long code) {
        return BY_CODE.getOrDefault(code, DEVICE_ERROR);
    }
}
