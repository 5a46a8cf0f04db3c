package dev.dhsm.client.ha;

import dev.dhsm.client.LunaClientException;
import dev.dhsm.wire.pkcs11.Ckr;

/**
 * A member holds no replica of the virtual object asked for (a member of another cloning domain refused it, or the
 * member has not been synchronized yet): the request goes to another member; when none has it, the application
 * gets {@code CKR_OBJECT_HANDLE_INVALID}. This marks such a failure as the cause of the exception thrown.
 */
final class MissingReplica extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private MissingReplica() {
        super(null, null, false, false);
    }

    static LunaClientException failure(String message) {
        return new LunaClientException(Ckr.OBJECT_HANDLE_INVALID, message, new MissingReplica());
    }

    static boolean is(LunaClientException e) {
        return e.getCause() instanceof MissingReplica;
    }
}
