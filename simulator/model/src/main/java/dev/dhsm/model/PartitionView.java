package dev.dhsm.model;

/** A read-only picture of one partition, as {@code partition list} and {@code partition show} print it. */
public record PartitionView(String serial, String name, int objects, long totalBytes, long usedBytes) {
    public long freeBytes() {
        return totalBytes - usedBytes;
    }

    static PartitionView of(Partition p) {
        return new PartitionView(p.serial(), p.name(), p.objectCount(), p.totalBytes(), p.usedBytes());
    }
}
