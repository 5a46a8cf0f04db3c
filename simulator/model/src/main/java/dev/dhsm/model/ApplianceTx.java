package dev.dhsm.model;

import java.util.Map;
import java.util.Set;

/**
 * The view of an appliance inside one {@link Appliance#transact} call: the state, the clock, the open
 * sessions, and the operation groups that change them. Records whether anything durable changed.
 */
public final class ApplianceTx {
    private static final Map<String, Integer> PIDS = Map.of("lunash", 2417, "NTLS", 8508, "sshd", 1109,
            "hsm", 1873, "login", 1102, "package", 2650);

    private final ApplianceState state;
    private final Clock clock;
    private final Set<ShellSession> sessions;
    private final FileArea files;
    private final Appliance.Runtime runtime;
    private final java.util.List<ApplianceEvent> events = new java.util.ArrayList<>();
    private boolean dirty;
    private boolean partitionsChanged;

    ApplianceTx(ApplianceState state, Clock clock, Set<ShellSession> sessions, FileArea files,
                Appliance.Runtime runtime) {
        this.state = state;
        this.clock = clock;
        this.sessions = sessions;
        this.files = files;
        this.runtime = runtime;
    }

    public RoleOperations roles() {
        return new RoleOperations(this, runtime.crypto());
    }

    public ObjectOperations objects() {
        return new ObjectOperations(this, runtime.crypto());
    }

    public PartitionPolicyOperations partitionPolicies() {
        return new PartitionPolicyOperations(this);
    }

    public SlotOperations slots() {
        return new SlotOperations(this);
    }

    public ClientOperations clients() {
        return new ClientOperations(this);
    }

    public NtlsOperations ntls() {
        return new NtlsOperations(this);
    }

    public AccountOperations accounts() {
        return new AccountOperations(this);
    }

    public HsmOperations hsm() {
        return new HsmOperations(this);
    }

    public AuditOperations audit() {
        return new AuditOperations(this);
    }

    public PartitionOperations partitions() {
        return new PartitionOperations(this);
    }

    public PackageOperations packages() {
        return new PackageOperations(this);
    }

    public SyslogOperations syslog() {
        return new SyslogOperations(this);
    }

    public Clock clock() {
        return clock;
    }

    public String hostname() {
        return state.hostname();
    }

    ApplianceState state() {
        return state;
    }

    Set<ShellSession> sessions() {
        return sessions;
    }

    FileArea files() {
        return files;
    }

    boolean dirty() {
        return dirty;
    }

    java.util.List<ApplianceEvent> events() {
        return events;
    }

    void emit(ApplianceEvent event) {
        events.add(event);
    }

    Set<PartitionSession> partitionSessions() {
        return runtime.partitionSessions();
    }

    /** The HSM master key; refused when the HSM is not initialized (so nothing can be sealed or opened). */
    byte[] masterKey() {
        byte[] key = state.hsm().masterKey();
        if (key == null) {
            throw new CkrException(Ckr.TOKEN_NOT_PRESENT, "the HSM is not initialized");
        }
        return key;
    }

    java.util.Map<Long, java.security.Key> partitionCache(Partition p) {
        return runtime.keyCache().computeIfAbsent(p.serial(), k -> new java.util.concurrent.ConcurrentHashMap<>());
    }

    /** The partition a session is on, while the session is still valid. */
    Partition openPartition(PartitionSession s) {
        if (!s.open()) {
            throw new CkrException(Ckr.SESSION_HANDLE_INVALID, "the session is closed");
        }
        if (!state.hsm().lifecycle().isOperational()) {
            throw new CkrException(Ckr.TOKEN_NOT_PRESENT, "the HSM is not initialized");
        }
        for (Partition p : state.partitions()) {
            if (p.serial().equals(s.partitionSerial())) {
                return p;
            }
        }
        throw new CkrException(Ckr.TOKEN_NOT_PRESENT, "the partition no longer exists");
    }

    void closeAllPartitionSessions() {
        for (PartitionSession s : runtime.partitionSessions()) {
            s.close();
        }
        runtime.partitionSessions().clear();
    }

    void closeClientSessions(String client) {
        runtime.partitionSessions().removeIf(s -> {
            if (s.client().equals(client)) {
                s.close();
                return true;
            }
            return false;
        });
    }

    /** Partitions were erased or the HSM lost its master key: sessions and cached keys must go with them. */
    void markPartitionsChanged() {
        partitionsChanged = true;
        dirty = true;
    }

    /** Drops the sessions and cached keys of partitions that no longer exist (after a change marked so). */
    void forgetPartitions() {
        if (!partitionsChanged) {
            return;
        }
        runtime.keyCache().keySet().removeIf(serial -> state.partitions().stream()
                .noneMatch(p -> p.serial().equals(serial)) || state.hsm().masterKey() == null);
        runtime.partitionSessions().removeIf(s -> {
            boolean gone = state.hsm().masterKey() == null || state.partitions().stream()
                    .noneMatch(p -> p.serial().equals(s.partitionSerial()));
            if (gone) {
                s.close();
            }
            return gone;
        });
    }

    /** An NTLS line in {@code lunalogs}; not worth a disk write of its own. */
    void ntlsLog(String severity, String message) {
        state.append(new SyslogEntry("lunalogs", clock.now(), "local5", severity, "NTLS", PIDS.get("NTLS"), message));
    }

    void markDirty() {
        dirty = true;
    }

    /** Appends a syslog line, stamped with the appliance clock. */
    void log(String log, String facility, String severity, String process, String message) {
        state.append(new SyslogEntry(log, clock.now(), facility, severity, process,
                PIDS.getOrDefault(process, 1000), message));
        dirty = true;
    }

    public SystemOperations system() {
        return new SystemOperations(this);
    }

    void setUpFactoryState(ApplianceConfig config) {
        state.setNetwork(NetworkState.factory(config.address()));
        state.accounts().clear();
        state.accounts().put(config.profile().adminAccount(),
                Account.factoryFresh(config.profile().adminAccount(), "admin", true));
        for (String name : new String[] {"operator", "monitor", "audit"}) {
            state.accounts().put(name, Account.factoryFresh(name, name, false));
        }
        if (config.profile().auditInitialized()) {
            state.audit().initialize(config.auditPassword());
        }
        state.packages().clear();
        state.packages().addAll(Versions.factoryPackages());
        log("messages", "kern", "info", "hsm", "HSM " + state.hsmSerial() + " ready; firmware "
                + Versions.FIRMWARE + "; appliance software " + Versions.SOFTWARE);
        markDirty();
    }
}
