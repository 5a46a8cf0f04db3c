package dev.dhsm.appliance.ntls;

import dev.dhsm.model.Ckr;
import dev.dhsm.model.CkrException;
import dev.dhsm.model.PartitionSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The partition sessions one NTLS connection has opened, by the handle the client holds ({@code C_OpenSession}'s
 * {@code CK_SESSION_HANDLE}): a handle opened on another connection is not valid here, and when the connection
 * closes every one of its sessions closes with it.
 *
 * <p>Called inside {@code Appliance.transact}, so the appliance lock orders opening against closing.
 */
final class NtlsSessions {

    private final Map<Long, PartitionSession> open = new ConcurrentHashMap<>();
    private volatile boolean closed;

    /** Records a session just opened; false when the connection has closed meanwhile (close the session). */
    boolean add(PartitionSession session) {
        if (closed) {
            return false;
        }
        open.put(session.id(), session);
        return true;
    }

    /** The session behind a client's handle; {@code CKR_SESSION_HANDLE_INVALID} for any other handle. */
    PartitionSession get(long handle) {
        PartitionSession session = open.get(handle);
        if (session == null) {
            throw new CkrException(Ckr.SESSION_HANDLE_INVALID, "no session " + handle + " on this connection");
        }
        return session;
    }

    /** Forgets a session the client closed. */
    PartitionSession remove(long handle) {
        PartitionSession session = get(handle);
        open.remove(handle);
        return session;
    }

    /** Takes every session away for closing; the table accepts no more. */
    List<PartitionSession> drain() {
        closed = true;
        List<PartitionSession> all = new ArrayList<>(open.values());
        open.clear();
        return all;
    }

    int size() {
        return open.size();
    }
}
