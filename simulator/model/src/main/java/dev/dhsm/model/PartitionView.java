package dev.dhsm.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A read-only picture of one partition, as {@code partition list} and {@code partition show} print it:
 * serial, name, label, storage, object count, and the state of its roles.
 */
public record PartitionView(String serial, String name, int objects, long totalBytes, long usedBytes,
                            String label, boolean initialized, List<RoleView> roles) {
    public long freeBytes() {
        return totalBytes - usedBytes;
    }

    static PartitionView of(Partition p) {
        List<RoleView> roles = new ArrayList<>();
        for (PartitionRole r : PartitionRole.values()) {
            roles.add(RoleOperations.view(p, r));
        }
        return new PartitionView(p.serial(), p.name(), p.objectCount(), p.totalBytes(), p.usedBytes(), p.label(),
                p.initialized(), List.copyOf(roles));
    }
}
