package dev.dhsm.appliance.ntls;

import dev.dhsm.model.Appliance;
import dev.dhsm.model.Ckr;
import dev.dhsm.model.CkrException;
import dev.dhsm.model.PartitionSession;
import java.util.Objects;

/**
 * The registered client at the other end of one NTLS connection, as the appliance knows it: the name the model
 * admitted it under (from the certificate it presented, never from what it says in {@code Hello}), and the
 * partition sessions it has open on this connection.
 */
final class NtlsClient {

    private final Appliance appliance;
    private final NtlsSessions sessions = new NtlsSessions();
    private volatile String name;

    NtlsClient(Appliance appliance) {
        this.appliance = Objects.requireNonNull(appliance, "appliance");
    }

    Appliance appliance() {
        return appliance;
    }

    NtlsSessions sessions() {
        return sessions;
    }

    /** Records the name the model admitted this client under. */
    void admitted(String clientName) {
        this.name = Objects.requireNonNull(clientName, "clientName");
    }

    boolean isAdmitted() {
        return name != null;
    }

    /** The admitted client's name; a connection whose client was not admitted may do nothing. */
    String name() {
        String admitted = name;
        if (admitted == null) {
            throw new CkrException(Ckr.USER_NOT_AUTHORIZED, "the client is not registered");
        }
        return admitted;
    }

    /** The partition session behind a handle of this connection. */
    PartitionSession session(long handle) {
        return sessions.get(handle);
    }
}
