package dev.dhsm.model;

import java.util.concurrent.atomic.AtomicLong;

/**
 * An application's session on one partition slot, opened over NTLS by a registered client: which client,
 * which partition, and which partition role it has logged in as. Dropped when NTLS restarts.
 */
public final class PartitionSession {
    private static final AtomicLong IDS = new AtomicLong();

    private final long id = IDS.incrementAndGet();
    private final String client;
    private final String partitionSerial;
    private volatile PartitionRole role;
    private volatile boolean open = true;

    PartitionSession(String client, String partitionSerial) {
        this.client = client;
        this.partitionSerial = partitionSerial;
    }

    public long id() {
        return id;
    }

    public String client() {
        return client;
    }

    public String partitionSerial() {
        return partitionSerial;
    }

    /** The role logged in on this session, or null. */
    public PartitionRole role() {
        return role;
    }

    public boolean open() {
        return open;
    }

    void setRole(PartitionRole role) {
        this.role = role;
    }

    void close() {
        open = false;
        role = null;
    }
}
