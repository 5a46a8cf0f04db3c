package dev.dhsm.model;

import java.util.List;

/** A read-only picture of the appliance and its HSM, as {@code hsm show} prints it. */
public record HsmView(String softwareVersion, String label, String serial, String firmware, String model,
                      String partNumber, boolean soLoggedIn, HsmLifecycle lifecycle, int soAttemptsLeft,
                      boolean auditInitialized, boolean manuallyZeroized, List<PartitionView> partitions,
                      int partitionsAllowed, boolean fipsMode, long storageMax, long storageUsed) {
    public boolean zeroized() {
        return !lifecycle.isOperational();
    }

    public long storageFree() {
        return storageMax - storageUsed;
    }
}
