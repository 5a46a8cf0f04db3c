package dev.dhsm.appliance.ntls;

import dev.dhsm.model.CkrException;
import dev.dhsm.model.LunaError;
import dev.dhsm.model.LunaException;
import dev.dhsm.wire.message.ErrorResponse;
import dev.dhsm.wire.pkcs11.Ckr;

/**
 * How a refused partition operation reaches a Luna client: a {@link CkrException} keeps its code, and a
 * {@link LunaException} (an appliance-level refusal) becomes the CKR value LunaCM would show for it. The text is
 * the model's short reason, on one line; an exception's stack trace never leaves the appliance.
 *
 * <pre>
 * LunaError                           CKR
 * UM_PIN_INCORRECT                    CKR_PIN_INCORRECT
 * UM_PIN_LEN_RANGE                    CKR_PIN_LEN_RANGE
 * USER_ALREADY_LOGGED_IN              CKR_USER_ALREADY_LOGGED_IN
 * USER_NOT_LOGGED_IN                  CKR_USER_NOT_LOGGED_IN
 * USER_PIN_NOT_INITIALIZED            CKR_USER_PIN_NOT_INITIALIZED
 * TOKEN_LOCKED_OUT                    CKR_PIN_LOCKED
 * SO_LOGIN_FAILURE_THRESHOLD          CKR_SO_LOGIN_FAILURE_THRESHOLD
 * AUDIT_LOGIN_TIMEOUT_IN_PROGRESS     CKR_AUDIT_LOGIN_TIMEOUT_IN_PROGRESS
 * AUDIT_LOGIN_FAILURE_THRESHOLD       CKR_AUDIT_LOGIN_FAILURE_THRESHOLD
 * LOG_AUDIT_NOT_INITIALIZED           CKR_LOG_AUDIT_NOT_INITIALIZED
 * LICENSE_CAPACITY_EXCEEDED           CKR_LICENSE_CAPACITY_EXCEEDED
 * HSM_STORAGE_FULL                    CKR_HSM_STORAGE_FULL
 * RM_CONFIG_CHANGE_ILLEGAL            CKR_CONFIG_CHANGE_ILLEGAL
 * POLICY_NOT_FOUND                    CKR_POLICY_ID_INVALID
 * CANCEL, RC_CANCEL                   CKR_CANCEL
 * ARGUMENTS_BAD, RM_ELEMENT_VALUE_INVALID, RC_OBJECT_NOT_IN_LIST   CKR_ARGUMENTS_BAD
 * RC_DATA_INVALID                     CKR_DATA_INVALID
 * RC_OBJECT_ALREADY_EXISTS            CKR_OBJECT_ALREADY_EXISTS
 * RC_FUNCTION_NOT_SUPPORTED           CKR_FUNCTION_NOT_SUPPORTED
 * DEVICE_ERROR, RC_FILE_ERROR, RC_SSL_FAILED_HANDSHAKE             CKR_DEVICE_ERROR
 * RC_GENERAL_ERROR and anything else  CKR_GENERAL_ERROR
 * </pre>
 */
final class ErrorResponses {

    private static final int MAX_MESSAGE = 200;

    private ErrorResponses() {
    }

    static ErrorResponse of(CkrException refused) {
        return new ErrorResponse(refused.ckr().code(), oneLine(refused.getMessage(), refused.ckr().symbol()));
    }

    static ErrorResponse of(LunaException refused) {
        java.util.List<String> lines = new java.util.ArrayList<>(refused.before());
        lines.addAll(refused.after());
        return new ErrorResponse(ckr(refused.error()), oneLine(String.join(" ", lines), refused.error().symbol()));
    }

    /** The CKR value of an appliance-level refusal (the table above). */
    static long ckr(LunaError error) {
        return switch (error) {
            case UM_PIN_INCORRECT -> Ckr.PIN_INCORRECT;
            case UM_PIN_LEN_RANGE -> Ckr.PIN_LEN_RANGE;
            case USER_ALREADY_LOGGED_IN -> Ckr.USER_ALREADY_LOGGED_IN;
            case USER_NOT_LOGGED_IN -> Ckr.USER_NOT_LOGGED_IN;
            case USER_PIN_NOT_INITIALIZED -> Ckr.USER_PIN_NOT_INITIALIZED;
            case TOKEN_LOCKED_OUT -> Ckr.PIN_LOCKED;
            case SO_LOGIN_FAILURE_THRESHOLD -> Ckr.SO_LOGIN_FAILURE_THRESHOLD;
            case AUDIT_LOGIN_TIMEOUT_IN_PROGRESS -> Ckr.AUDIT_LOGIN_TIMEOUT_IN_PROGRESS;
            case AUDIT_LOGIN_FAILURE_THRESHOLD -> Ckr.AUDIT_LOGIN_FAILURE_THRESHOLD;
            case LOG_AUDIT_NOT_INITIALIZED -> Ckr.LOG_AUDIT_NOT_INITIALIZED;
            case LICENSE_CAPACITY_EXCEEDED -> Ckr.LICENSE_CAPACITY_EXCEEDED;
            case HSM_STORAGE_FULL -> Ckr.HSM_STORAGE_FULL;
            case RM_CONFIG_CHANGE_ILLEGAL -> Ckr.CONFIG_CHANGE_ILLEGAL;
            case POLICY_NOT_FOUND -> Ckr.POLICY_ID_INVALID;
            case CANCEL, RC_CANCEL -> Ckr.CANCEL;
            case ARGUMENTS_BAD, RM_ELEMENT_VALUE_INVALID, RC_OBJECT_NOT_IN_LIST -> Ckr.ARGUMENTS_BAD;
            case RC_DATA_INVALID -> Ckr.DATA_INVALID;
            case RC_OBJECT_ALREADY_EXISTS -> Ckr.OBJECT_ALREADY_EXISTS;
            case RC_FUNCTION_NOT_SUPPORTED -> Ckr.FUNCTION_NOT_SUPPORTED;
            case DEVICE_ERROR, RC_FILE_ERROR, RC_SSL_FAILED_HANDSHAKE -> Ckr.DEVICE_ERROR;
            default -> Ckr.GENERAL_ERROR;
        };
    }

    /** The model's reason as one short line, or {@code fallback} when it gave none. */
    private static String oneLine(String reason, String fallback) {
        if (reason == null || reason.isBlank()) {
            return fallback;
        }
        String line = reason.replaceAll("\\s+", " ").strip();
        return line.length() <= MAX_MESSAGE ? line : line.substring(0, MAX_MESSAGE);
    }
}
