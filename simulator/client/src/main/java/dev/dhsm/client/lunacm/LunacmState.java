package dev.dhsm.client.lunacm;

import dev.dhsm.client.LunaClient;
import dev.dhsm.client.LunaClientException;
import dev.dhsm.client.ReturnCodes;
import dev.dhsm.client.Role;
import dev.dhsm.client.ServerFailure;
import dev.dhsm.client.Session;
import dev.dhsm.client.Slot;
import dev.dhsm.client.backup.BackupHsm;
import dev.dhsm.client.backup.PartitionArchive;
import dev.dhsm.client.exchange.Deployer;
import dev.dhsm.wire.pkcs11.Ckr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What one LunaCM process remembers between commands: the client library (built from {@code Chrystoki.conf} when
 * first needed, rebuilt after {@code clientconfig deploy}), the slot list with the backup HSM after the network
 * slots, the current slot, one open session per slot and which role is logged in on it.
 */
public final class LunacmState implements AutoCloseable {

    private final Supplier<LunaClient> connector;
    private final BackupHsm backup;
    private final Deployer deployer;
    private final LunacmEnvironment environment;
    private final Map<Long, Session> sessions = new HashMap<>();
    private final Map<Long, Role> loggedIn = new HashMap<>();
    private LunaClient client;
    private List<Slot> slots = List.of();
    private long current;

    /**
     * @param connector   builds the client library from the configuration (called again after a deploy)
     * @param backup      the emulated Luna Backup HSM, or null when none is configured
     * @param deployer    runs {@code clientconfig deploy}, or null when unavailable
     * @param environment the clock, randomness and file locations LunaCM uses
     */
    public LunacmState(Supplier<LunaClient> connector, BackupHsm backup, Deployer deployer,
                       LunacmEnvironment environment) {
        this.connector = connector;
        this.backup = backup;
        this.deployer = deployer;
        this.environment = environment;
    }

    public LunacmEnvironment environment() {
        return environment;
    }

    /** Asks the library for the slots again; the backup HSM, if any, comes last. */
    public List<Slot> refreshSlots() {
        List<Slot> found = new ArrayList<>(client().slots());
        if (backup != null) {
            found.add(backup.slot(found.size()));
        }
        slots = List.copyOf(found);
        return slots;
    }

    /** The servers the last listing could not reach. */
    public List<ServerFailure> unreachable() {
        return client == null ? List.of() : client.unreachable();
    }

    public long currentSlotId() {
        return current;
    }

    /** Makes {@code slotId} the current slot. */
    public void select(long slotId) {
        slot(slotId);
        current = slotId;
    }

    /** A slot of the listing; {@code CKR_SLOT_ID_INVALID} if there is none. */
    public Slot slot(long slotId) {
        if (slots.stream().noneMatch(s -> s.slotId() == slotId)) {
            refreshSlots();
        }
        return slots.stream().filter(s -> s.slotId() == slotId).findFirst().orElseThrow(() -> unreachable().isEmpty()
                ? new LunaClientException(Ckr.SLOT_ID_INVALID, "there is no slot " + slotId)
                : unreachable().get(0).error());
    }

    /** The current slot, which must be a partition (not the backup HSM). */
    public Slot partitionSlot() {
        Slot slot = slot(current);
        if (isBackup(slot)) {
            throw new LunaClientException(Ckr.SLOT_ID_INVALID, "slot " + current + " is the backup HSM");
        }
        return slot;
    }

    /** This process's session on a partition slot, opened on first use. */
    public Session session(long slotId) {
        Session open = sessions.get(slotId);
        if (open == null) {
            open = client().openSession(slotId);
            sessions.put(slotId, open);
        }
        return open;
    }

    public Optional<Role> loggedIn(long slotId) {
        return Optional.ofNullable(loggedIn.get(slotId));
    }

    /** Records the role logged in on a slot (null: nobody). */
    public void loggedIn(long slotId, Role role) {
        if (role == null) {
            loggedIn.remove(slotId);
        } else {
            loggedIn.put(slotId, role);
        }
    }

    /** Closes the slot's session and forgets its login (after {@code partition init}). */
    public void forget(long slotId) {
        Session open = sessions.remove(slotId);
        loggedIn.remove(slotId);
        if (open != null) {
            open.close();
        }
    }

    /** Told of every failed command: a lost connection takes this process's sessions and logins with it. */
    void failed(LunaClientException e) {
        if (e.code() == ReturnCodes.RC_SERVER_DISCONNECTED || e.code() == ReturnCodes.RC_OPERATION_TIMED_OUT) {
            new ArrayList<>(sessions.keySet()).forEach(this::forget);
        }
    }

    public boolean isBackup(Slot slot) {
        return backup != null && slot.description().equals(BackupHsm.DESCRIPTION) && slot.server().isEmpty();
    }

    /** The backup HSM at {@code slotId}; {@code CKR_SLOT_ID_INVALID} if that slot is not one. */
    public BackupHsm backup(long slotId) {
        if (!isBackup(slot(slotId))) {
            throw new LunaClientException(Ckr.SLOT_ID_INVALID, "slot " + slotId + " is not a backup HSM");
        }
        return backup;
    }

    public PartitionArchive archive(long backupSlotId) {
        return new PartitionArchive(backup(backupSlotId), environment.clock(), environment.random());
    }

    /** The {@code clientconfig deploy} machinery. */
    public Deployer deployer() {
        if (deployer == null) {
            throw new LunaClientException(Ckr.FUNCTION_NOT_SUPPORTED, "clientconfig deploy is not available");
        }
        return deployer;
    }

    /** Drops the client library and every session; the next command rebuilds it from the configuration. */
    public void reload() {
        closeClient();
        slots = List.of();
        current = 0;
    }

    public LunaClient client() {
        if (client == null) {
            client = connector.get();
        }
        return client;
    }

    @Override
    public void close() {
        closeClient();
    }

    private void closeClient() {
        new ArrayList<>(sessions.keySet()).forEach(this::forget);
        if (client != null) {
            client.close();
            client = null;
        }
    }
}
