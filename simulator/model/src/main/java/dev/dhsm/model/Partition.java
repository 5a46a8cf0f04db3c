package dev.dhsm.model;

/**
 * An application partition created by the HSM SO: serial, name, storage size. From appliance software 7.0
 * its Partition SO, roles, policies, cloning domain and objects are the partition's own; the HSM SO creates
 * and deletes it but cannot see in.
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
    private boolean initialized;
    private String label = "";
    private String domainFingerprint;
    private String sealedDomainKey;
    private java.util.Map<PartitionRole, RoleState> roles = newRoles();
    private java.util.Map<PartitionPolicy, Integer> policies = defaultPolicies();
    private java.util.List<KeyObject> objects = new java.util.ArrayList<>();
    private long nextHandle = 1;

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

    public boolean initialized() {
        return initialized;
    }

    public String label() {
        return label;
    }

    /** A fingerprint of the cloning domain (equal domains, equal fingerprints), or null before init. */
    public String domainFingerprint() {
        return domainFingerprint;
    }

    String sealedDomainKey() {
        return sealedDomainKey;
    }

    RoleState role(PartitionRole role) {
        return roles.computeIfAbsent(role, r -> new RoleState());
    }

    public int policy(PartitionPolicy policy) {
        return policies.getOrDefault(policy, policy.defaultValue());
    }

    void setPolicy(PartitionPolicy policy, int value) {
        policies.put(policy, value);
    }

    java.util.List<KeyObject> objects() {
        return objects;
    }

    long nextHandle() {
        return nextHandle++;
    }

    void initialize(String newLabel, String poPin, String fingerprint, String sealedDomain) {
        destroyObjects();
        roles = newRoles();
        policies = defaultPolicies();
        role(PartitionRole.PO).set(poPin, false);
        label = newLabel;
        domainFingerprint = fingerprint;
        sealedDomainKey = sealedDomain;
        initialized = true;
    }

    /** Partition zeroization: objects, roles, label and domain are gone; the partition must be initialized again. */
    void zeroize() {
        destroyObjects();
        roles = newRoles();
        label = "";
        domainFingerprint = null;
        sealedDomainKey = null;
        initialized = false;
    }

    void destroyObjects() {
        objects.clear();
        usedBytes = 0;
        objectCount = 0;
    }

    void recount() {
        long used = 0;
        for (KeyObject o : objects) {
            used += o.storageBytes();
        }
        usedBytes = used;
        objectCount = objects.size();
    }

    private static java.util.Map<PartitionRole, RoleState> newRoles() {
        java.util.Map<PartitionRole, RoleState> m = new java.util.EnumMap<>(PartitionRole.class);
        for (PartitionRole r : PartitionRole.values()) {
            m.put(r, new RoleState());
        }
        return m;
    }

    private static java.util.Map<PartitionPolicy, Integer> defaultPolicies() {
        java.util.Map<PartitionPolicy, Integer> m = new java.util.EnumMap<>(PartitionPolicy.class);
        for (PartitionPolicy p : PartitionPolicy.values()) {
            m.put(p, p.defaultValue());
        }
        return m;
    }

    /** What the partition takes from the HSM's storage: its size plus the fixed overhead. */
    public long hsmFootprint() {
        return totalBytes + OVERHEAD_BYTES;
    }
}
