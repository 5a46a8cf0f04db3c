package dev.dhsm.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything an appliance remembers across a restart: identity, shell accounts, HSM, auditor, partitions,
 * installed packages and syslog. Sessions and logins are not part of it: a restart logs everybody out.
 */
public final class ApplianceState {
    /** The version of this layout on disk; a newer file is refused, never overwritten. */
    public static final int FORMAT = 1;
    static final int SYSLOG_CAPACITY = 5_000;

    private int format = FORMAT;
    private String id;
    private Profile profile;
    private String hostname;
    private String hsmSerial;
    private Map<String, Account> accounts = new LinkedHashMap<>();
    private HsmState hsm = new HsmState();
    private AuditState audit = new AuditState();
    private List<Partition> partitions = new ArrayList<>();
    private List<InstalledPackage> packages = new ArrayList<>();
    private List<SyslogEntry> syslog = new ArrayList<>();
    private NtlsState ntls = new NtlsState();
    private NetworkState network;
    private Faults faults = new Faults();
    private List<SupportRequest> supportRequests = new ArrayList<>();
    private java.time.Instant hungSince;
    private double rebootHangProbability;
    private long rebootSeed;
    private long reboots;
    private long nextPartitionNumber = 1;

    ApplianceState() {
    }

    ApplianceState(String id, Profile profile, String hostname, String hsmSerial) {
        this.id = id;
        this.profile = profile;
        this.hostname = hostname;
        this.hsmSerial = hsmSerial;
    }

    public int format() {
        return format;
    }

    public String id() {
        return id;
    }

    public Profile profile() {
        return profile;
    }

    public String hostname() {
        return hostname;
    }

    public String hsmSerial() {
        return hsmSerial;
    }

    public HsmState hsm() {
        return hsm;
    }

    public AuditState audit() {
        return audit;
    }

    NtlsState ntls() {
        return ntls;
    }

    NetworkState network() {
        if (network == null) {
            network = NetworkState.factory("127.0.0.1");
        }
        return network;
    }

    void setNetwork(NetworkState n) {
        network = n;
    }

    Faults faults() {
        return faults;
    }

    List<SupportRequest> supportRequests() {
        return supportRequests;
    }

    java.time.Instant hungSince() {
        return hungSince;
    }

    void setHungSince(java.time.Instant at) {
        hungSince = at;
    }

    double rebootHangProbability() {
        return rebootHangProbability;
    }

    long rebootSeed() {
        return rebootSeed;
    }

    void setRebootHang(double probability, long seed) {
        rebootHangProbability = probability;
        rebootSeed = seed;
    }

    long nextReboot() {
        return reboots++;
    }

    /** Everything but identity back to how the device left the factory (the support reset). */
    void wipe() {
        accounts.clear();
        hsm = new HsmState();
        audit = new AuditState();
        partitions.clear();
        packages.clear();
        syslog.clear();
        ntls = new NtlsState();
        network = NetworkState.factory(network().assignedAddress());
        faults = new Faults();
        hungSince = null;
    }

    Map<String, Account> accounts() {
        return accounts;
    }

    List<Partition> partitions() {
        return partitions;
    }

    List<InstalledPackage> packages() {
        return packages;
    }

    List<SyslogEntry> syslog() {
        return syslog;
    }

    String nextPartitionSerial() {
        return hsmSerial + String.format("%07d", nextPartitionNumber++);
    }

    void append(SyslogEntry entry) {
        syslog.add(entry);
        if (syslog.size() > SYSLOG_CAPACITY) {
            syslog.subList(0, syslog.size() - SYSLOG_CAPACITY).clear();
        }
    }
}
