package dev.dhsm.client;

import java.util.List;

/**
 * The Luna client library as an application or LunaCM sees it ({@code C_Initialize} ... {@code C_Finalize}):
 * one slot list across every configured appliance, sessions on those slots and {@code C_InitToken}.
 *
 * <p>{@link NtlsClient} talks NTLS to real (emulated) appliances; a later HA group is another implementation that
 * puts a virtual slot over several members. Implementations are thread-safe.
 */
public interface LunaClient extends AutoCloseable {

    /** The slots, numbered from 0 across the servers in configuration order. Unreachable servers are left out. */
    List<Slot> slots();

    /** The servers left out of the last {@link #slots()} because they could not be reached, with the reason. */
    default List<ServerFailure> unreachable() {
        return List.of();
    }

    /** {@code C_OpenSession} (read-write) on a slot of the last slot list. */
    Session openSession(long slotId);

    /**
     * {@code C_OpenSession} on the partition with this serial number wherever it is in the slot list (an HA group
     * finds its members by serial, since slot numbers move when a server drops out). A partition that is not listed
     * fails with the first unreachable server's error, or {@code CKR_TOKEN_NOT_PRESENT}.
     */
    default Session openPartitionSession(String partitionSerial) {
        for (Slot slot : slots()) {
            if (slot.partitionSerial().equals(partitionSerial)) {
                return openSession(slot.slotId());
            }
        }
        List<ServerFailure> failures = unreachable();
        if (!failures.isEmpty()) {
            throw failures.get(0).error();
        }
        throw new LunaClientException(dev.dhsm.wire.pkcs11.Ckr.TOKEN_NOT_PRESENT,
                "no partition with serial number " + partitionSerial + " is listed");
    }

    /**
     * {@code C_InitToken}, LunaCM {@code partition init}: sets the Partition SO password, the label and the cloning
     * domain of the slot's partition, and destroys its objects.
     */
    void initToken(long slotId, String soPin, String label, String domain);

    /** Closes every session and connection. */
    @Override
    void close();
}
