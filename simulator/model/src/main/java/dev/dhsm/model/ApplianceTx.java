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
    private boolean dirty;

    ApplianceTx(ApplianceState state, Clock clock, Set<ShellSession> sessions, FileArea files) {
        this.state = state;
        this.clock = clock;
        this.sessions = sessions;
        this.files = files;
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

    void markDirty() {
        dirty = true;
    }

    /** Appends a syslog line, stamped with the appliance clock. */
    void log(String log, String facility, String severity, String process, String message) {
        state.append(new SyslogEntry(log, clock.now(), facility, severity, process,
                PIDS.getOrDefault(process, 1000), message));
        dirty = true;
    }

    void setUpFactoryState(ApplianceConfig config) {
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
