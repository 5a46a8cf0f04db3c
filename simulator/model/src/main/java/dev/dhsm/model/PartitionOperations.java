package dev.dhsm.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Application partitions as the HSM SO manages them in lunash on software 7.2: create (limit from policy
 * 33, 9648 bytes of overhead each, names of 1 to 32 characters), delete, list and show.
 */
public final class PartitionOperations {
    private final ApplianceTx tx;

    PartitionOperations(ApplianceTx tx) {
        this.tx = tx;
    }

    public List<PartitionView> list() {
        List<PartitionView> out = new ArrayList<>();
        for (Partition p : tx.state().partitions()) {
            out.add(PartitionView.of(p));
        }
        return out;
    }

    public Optional<PartitionView> find(String name) {
        return lookup(name).map(PartitionView::of);
    }

    /** Checks everything {@link #create} would, so the shell can refuse before asking for {@code proceed}. */
    public void checkCreate(ShellSession session, String name, Long size) {
        new HsmOperations(tx).requireInitialized();
        if (!session.hsmSoLoggedIn()) {
            throw LunaException.of(LunaError.USER_NOT_LOGGED_IN);
        }
        if (name == null || name.isEmpty() || name.length() > Partition.MAX_NAME_LENGTH) {
            throw LunaException.withDetail(LunaError.RC_DATA_INVALID,
                    "Partition names must be 1 to " + Partition.MAX_NAME_LENGTH + " characters long.");
        }
        if (lookup(name).isPresent()) {
            throw LunaException.withDetail(LunaError.RC_OBJECT_ALREADY_EXISTS,
                    "A partition with the name \"" + name + "\" already exists.");
        }
        int allowed = tx.state().hsm().policy(HsmPolicy.MAX_PARTITIONS);
        if (tx.state().partitions().size() >= allowed) {
            throw LunaException.withDetail(LunaError.LICENSE_CAPACITY_EXCEEDED,
                    "The HSM already holds the maximum number of partitions (" + allowed + ").");
        }
        long bytes = sizeFor(size);
        if (bytes <= 0 || bytes + Partition.OVERHEAD_BYTES > freeBytes()) {
            throw LunaException.withDetail(LunaError.HSM_STORAGE_FULL,
                    "Not enough free HSM storage for a partition of " + bytes + " bytes.");
        }
    }

    public PartitionView create(ShellSession session, String name, Long size) {
        checkCreate(session, name, size);
        Partition p = new Partition(tx.state().nextPartitionSerial(), name, sizeFor(size));
        tx.state().partitions().add(p);
        tx.log("messages", "local0", "info", "lunash", "partition created: " + name + " (serial " + p.serial()
                + ", " + p.totalBytes() + " bytes)");
        tx.markDirty();
        return PartitionView.of(p);
    }

    public void checkDelete(ShellSession session, String name) {
        new HsmOperations(tx).requireInitialized();
        if (!session.hsmSoLoggedIn()) {
            throw LunaException.of(LunaError.USER_NOT_LOGGED_IN);
        }
        if (lookup(name).isEmpty()) {
            throw LunaException.withLead(LunaError.RC_OBJECT_NOT_IN_LIST,
                    "The partition you specified does not exist.", "Use 'partition list' to list all partitions.");
        }
    }

    public void delete(ShellSession session, String name) {
        checkDelete(session, name);
        Partition p = lookup(name).orElseThrow();
        tx.state().partitions().remove(p);
        tx.markPartitionsChanged();
        tx.log("messages", "local0", "info", "lunash", "partition deleted: " + p.name() + " (serial "
                + p.serial() + ")");
        tx.markDirty();
    }

    private long sizeFor(Long requested) {
        if (requested != null) {
            return requested;
        }
        int allowed = tx.state().hsm().policy(HsmPolicy.MAX_PARTITIONS);
        int remaining = Math.max(1, allowed - tx.state().partitions().size());
        return freeBytes() / remaining - Partition.OVERHEAD_BYTES;
    }

    private long freeBytes() {
        long used = 0;
        for (Partition p : tx.state().partitions()) {
            used += p.hsmFootprint();
        }
        return Versions.HSM_STORAGE_BYTES - used;
    }

    private Optional<Partition> lookup(String name) {
        for (Partition p : tx.state().partitions()) {
            if (p.name().equals(name)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
