package dev.dhsm.client.ha;

import dev.dhsm.client.LunaClientException;
import dev.dhsm.client.ReturnCodes;
import dev.dhsm.wire.pkcs11.Ckr;
import java.util.Set;

/**
 * Which failures mean that an HA member stopped answering (its appliance is stopped or cut off, its NTLS service
 * restarted, its partition gone; a member session the appliance closed under the virtual session, as
 * {@code service restart ntls} does before the connection drops), as opposed to an answer the application must see ({@code CKR_PIN_INCORRECT},
 * {@code CKR_KEY_HANDLE_INVALID} ...). Only the first kind makes the group drop the member and retry elsewhere.
 */
final class MemberFailures {

    private static final Set<Long> DOWN = Set.of(ReturnCodes.RC_SOCKET_ERROR, ReturnCodes.RC_SERVER_DISCONNECTED,
            ReturnCodes.RC_OPERATION_TIMED_OUT, ReturnCodes.RC_SSL_FAILED_HANDSHAKE,
            ReturnCodes.RC_HOST_RESOLUTION_ERROR, Ckr.TOKEN_NOT_PRESENT, Ckr.DEVICE_REMOVED,
            Ckr.SESSION_HANDLE_INVALID, Ckr.SESSION_CLOSED);

    private MemberFailures() {
    }

    static boolean memberDown(LunaClientException e) {
        return DOWN.contains(e.code()) || e.getCause() instanceof LoginRefused;
    }

    /**
     * A member refused the login the virtual session holds (its password differs, its role is locked): the member
     * is treated as failed, so the client does not count failed logins against it on every request.
     */
    static LunaClientException loginRefused(String serial, LunaClientException refusal) {
        return new LunaClientException(refusal.code(), "the member " + serial + " refused the group's login: "
                + refusal.getMessage(), new LoginRefused());
    }

    /** Marks {@link #loginRefused}. */
    private static final class LoginRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LoginRefused() {
            super(null, null, false, false);
        }
    }
}
