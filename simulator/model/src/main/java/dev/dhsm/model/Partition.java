package dev.dhsm.model;

/**
 * An application partition created by the HSM SO: serial, name, storage size. From appliance software 7.0
 * its Partition SO and contents are the partition's own; the HSM SO creates and deletes but cannot see in.
 */
public final class Partition {
    /** Storage every partition costs the HSM on top of its own size, in bytes. */
    public static final long OVERHEAD_BYTES = 9648;
    public static final int MAX_NAME_LENGTH = 32;

    private String serial;
    private String name;
    private long totalBytes;
    private long usedBytes;
    private int objectCount;

    Partition() {
    }

    Partition(String serial, String name, long totalBytes) {
        this.serial = serial;
        this.name = name;
        this.totalBytes = totalBytes;
    }

    public String serial() {
        return serial;
    }

    public String name() {
        return name;
    }

    public long totalBytes() {
        return totalBytes;
    }

    public long usedBytes() {
        return usedBytes;
    }

    public long freeBytes() {
        return totalBytes - usedBytes;
    }

    public int objectCount() {
        return objectCount;
    }

    /** What the partition takes from the HSM's storage: its size plus the fixed overhead. */
    public long hsmFootprint() {
        return totalBytes + OVERHEAD_BYTES;
    }
}
