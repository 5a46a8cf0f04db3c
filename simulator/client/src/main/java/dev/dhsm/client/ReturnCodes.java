package dev.dhsm.client;

import dev.dhsm.wire.pkcs11.Ckr;
import java.util.Map;

/**
 * The return codes the Luna client library reports to applications and LunaCM prints: the PKCS#11 {@code CKR_*}
 * values the appliance answers, plus the Luna client software layer's own {@code RC_*} codes for failures that
 * never reach the appliance (socket, TLS handshake, timeout, lost connection).
 *
 * <p>Transport failures carry {@code RC_*} codes rather than a PKCS#11 code because the real client software
 * layer reports them that way (the appliance's NTLS log shows the same names, e.g. {@code RC_SSL_FAILED_HANDSHAKE}),
 * and they tell an administrator what to fix; see {@code docs/fidelity.md}.
 */
public final class ReturnCodes {

    /** The connection could not be made: refused, unreachable or the connect attempt timed out. */
    public static final long RC_SOCKET_ERROR = 0xC0000500L;
    /** The connection broke, or was closed by the appliance, while a request was outstanding or later. */
    public static final long RC_SERVER_DISCONNECTED = 0xC0000504L;
    /** The server name in the configuration does not resolve. */
    public static final long RC_HOST_RESOLUTION_ERROR = 0xC0000509L;
    /** The TLS handshake failed (certificate not registered, not the pinned {@code server.pem}, expired...). */
    public static final long RC_SSL_FAILED_HANDSHAKE = 0xC0000711L;
    /** No answer within {@code ReceiveTimeout}. */
    public static final long RC_OPERATION_TIMED_OUT = 0xC0000303L;
    /** A client-side file (certificate, key, configuration, backup) cannot be read or written. */
    public static final long RC_FILE_ERROR = 0xC0000404L;
    /** An SSH command on the appliance failed during {@code clientconfig deploy}. */
    public static final long RC_GENERAL_ERROR = 0xC0000002L;
    /** A named object (slot, backup partition) does not exist. */
    public static final long RC_OBJECT_NOT_IN_LIST = 0xC000040AL;
    /** A named object (backup partition) already exists. */
    public static final long RC_OBJECT_ALREADY_EXISTS = 0xC000040CL;
    /**
     * The clone blob came from a partition of another cloning domain. The Luna documentation names the code
     * but not its value; dhsm uses the value the emulated appliance answers (reference §5, [?]).
     */
    public static final long CKR_CERTIFICATE_INVALID = 0x80000103L;

    private static final Map<Long, String> EXTRA_NAMES = Map.ofEntries(
            Map.entry(RC_SOCKET_ERROR, "RC_SOCKET_ERROR"),
            Map.entry(RC_SERVER_DISCONNECTED, "RC_SERVER_DISCONNECTED"),
            Map.entry(RC_HOST_RESOLUTION_ERROR, "RC_HOST_RESOLUTION_ERROR"),
            Map.entry(RC_SSL_FAILED_HANDSHAKE, "RC_SSL_FAILED_HANDSHAKE"),
            Map.entry(RC_OPERATION_TIMED_OUT, "RC_OPERATION_TIMED_OUT"),
            Map.entry(RC_FILE_ERROR, "RC_FILE_ERROR"),
            Map.entry(RC_GENERAL_ERROR, "RC_GENERAL_ERROR"),
            Map.entry(RC_OBJECT_NOT_IN_LIST, "RC_OBJECT_NOT_IN_LIST"),
            Map.entry(RC_OBJECT_ALREADY_EXISTS, "RC_OBJECT_ALREADY_EXISTS"),
            Map.entry(CKR_CERTIFICATE_INVALID, "CKR_CERTIFICATE_INVALID"));

    private ReturnCodes() {
    }

    /** Whether a code is the client software layer's ({@code RC_*}, {@code 0xC0000000} and up), not the HSM's. */
    public static boolean isClientLayer(long code) {
        return code >= 0xC0000000L && code <= 0xFFFFFFFFL;
    }

    /** {@code CKR_PIN_INCORRECT} for {@code 0xA0}, {@code RC_SOCKET_ERROR} for {@code 0xC0000500}. */
    public static String name(long code) {
        String extra = EXTRA_NAMES.get(code);
        return extra != null ? extra : Ckr.name(code);
    }

    /** {@code 0x000000A0 (CKR_PIN_INCORRECT)}: the form LunaCM's failed result line shows. */
    public static String describe(long code) {
        return String.format("0x%08X (%s)", code, name(code));
    }
}
