package dev.dhsm.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The appliance as a networked machine: its network settings (a change that breaks the path to the
 * customer network cuts it off, FM-18), reboots (without the KB0019789 package one can hang until a
 * support hard reboot 48 hours later, FM-19/FM-25), injected faults, and the support actions only
 * Microsoft can take. Reachability is derived from all of these on the appliance clock.
 */
public final class SystemOperations {
    /** How long a support hard reboot takes to be carried out. */
    public static final Duration HARD_REBOOT_DELAY = Duration.ofHours(48);

    private final ApplianceTx tx;
    private final ApplianceState state;

    SystemOperations(ApplianceTx tx) {
        this.tx = tx;
        this.state = tx.state();
    }

    public NetworkState network() {
        return state.network();
    }

    public Reachability reachability() {
        completeDueRequests();
        if (state.hungSince() != null) {
            return new Reachability(false, false, false, "the appliance hung during a reboot");
        }
        if (state.faults().networkCut()) {
            return new Reachability(false, false, true, "the appliance is cut off the network");
        }
        if (!state.network().pathToClientNetwork()) {
            return new Reachability(false, false, true, "the network settings break the path to the client network");
        }
        if (state.faults().ntlsPortBlocked()) {
            return new Reachability(true, false, true, "TCP port 1792 is blocked");
        }
        return Reachability.UP;
    }

    public void setInterfaceStatic(String device, String ip, String netmask, String gateway) {
        checkDevice(device);
        state.network().mutableInterfaces().put(device, new NetworkInterface(device, "static", ip, netmask,
                gateway == null ? "" : gateway));
        changed("network interface " + device + " set to static " + ip + "/" + netmask);
    }

    public void setInterfaceDhcp(String device) {
        checkDevice(device);
        state.network().mutableInterfaces().put(device, new NetworkInterface(device, "dhcp", "", "", ""));
        changed("network interface " + device + " set to DHCP");
    }

    public void addRoute(NetworkRoute route) {
        checkDevice(route.device());
        if (state.network().mutableRoutes().contains(route)) {
            throw LunaException.withDetail(LunaError.RC_OBJECT_ALREADY_EXISTS, "The route already exists.");
        }
        state.network().mutableRoutes().add(route);
        changed("route added: " + route.network() + "/" + route.netmask() + " via " + route.gateway());
    }

    public void deleteRoute(NetworkRoute route) {
        if (!state.network().mutableRoutes().remove(route)) {
            throw LunaException.withDetail(LunaError.RC_OBJECT_NOT_IN_LIST, "No such route.");
        }
        changed("route deleted: " + route.network() + "/" + route.netmask());
    }

    public boolean rebootPatchInstalled() {
        return new PackageOperations(tx).rebootPatchInstalled();
    }

    /** {@code sysconf appliance reboot}: drops every session; without the patch it may hang. */
    public RebootOutcome reboot() {
        boolean hang = !rebootPatchInstalled() && (state.faults().nextRebootHangs() || drawHang());
        state.faults().setNextRebootHangs(false);
        dropEverybody();
        if (hang) {
            state.setHungSince(tx.clock().now());
            tx.log("messages", "kern", "crit", "kernel", "reboot hung: the appliance stopped responding");
        } else {
            tx.log("messages", "kern", "info", "kernel", "appliance rebooted");
        }
        tx.markDirty();
        return hang ? RebootOutcome.HUNG : RebootOutcome.CLEAN;
    }

    public void setRebootHangProbability(double probability, long seed) {
        state.setRebootHang(probability, seed);
        tx.markDirty();
    }

    /** The chance that an unpatched reboot hangs, drawn from {@link #rebootSeed()}. */
    public double rebootHangProbability() {
        return state.rebootHangProbability();
    }

    public long rebootSeed() {
        return state.rebootSeed();
    }

    public Faults faults() {
        return state.faults();
    }

    public void setNtlsPortBlocked(boolean on) {
        state.faults().setNtlsPortBlocked(on);
        faultChanged();
    }

    public void setNetworkCut(boolean on) {
        state.faults().setNetworkCut(on);
        faultChanged();
    }

    public void setNextRebootHangs(boolean on) {
        state.faults().setNextRebootHangs(on);
        tx.markDirty();
    }

    /** Support: reset the device to its factory state; all configuration and key material are lost. */
    public SupportRequest supportFactoryReset() {
        Instant now = tx.clock().now();
        SupportRequest r = new SupportRequest(state.supportRequests().size() + 1L, SupportRequest.Kind.FACTORY_RESET,
                now, now);
        ApplianceConfig config = new ApplianceConfig(state.id(), state.profile(), state.hsmSerial(), state.hostname(),
                ApplianceConfig.DEFAULT_AUDIT_PASSWORD, state.network().assignedAddress());
        dropEverybody();
        state.wipe();
        tx.files().clearAll();
        state.supportRequests().add(r);
        tx.setUpFactoryState(config);
        tx.log("messages", "kern", "crit", "kernel", "device reset to factory state by support request " + r.id());
        tx.emit(ApplianceEvent.NTLS_RESTARTED);
        tx.markPartitionsChanged();
        return r;
    }

    /** Support: a hard reboot by datacenter staff, carried out 48 hours later on the clock. */
    public SupportRequest supportHardReboot() {
        Instant now = tx.clock().now();
        SupportRequest r = new SupportRequest(state.supportRequests().size() + 1L, SupportRequest.Kind.HARD_REBOOT,
                now, now.plus(HARD_REBOOT_DELAY));
        state.supportRequests().add(r);
        tx.log("messages", "kern", "notice", "kernel", "hard reboot requested (support request " + r.id() + ")");
        tx.markDirty();
        return r;
    }

    public List<SupportRequest> supportRequests() {
        completeDueRequests();
        return List.copyOf(state.supportRequests());
    }

    private void completeDueRequests() {
        if (state.hungSince() == null) {
            return;
        }
        Instant now = tx.clock().now();
        for (SupportRequest r : state.supportRequests()) {
            if (r.kind() == SupportRequest.Kind.HARD_REBOOT && r.completedAt(now)
                    && !r.requestedAt().isBefore(state.hungSince())) {
                state.setHungSince(null);
                tx.log("messages", "kern", "info", "kernel", "appliance back up after a hard reboot");
                tx.emit(ApplianceEvent.CONNECTIVITY_CHANGED);
                tx.markDirty();
                return;
            }
        }
    }

    private boolean drawHang() {
        double p = state.rebootHangProbability();
        if (p <= 0) {
            return false;
        }
        return new SplittableRandom(state.rebootSeed() + state.nextReboot()).nextDouble() < p;
    }

    private void changed(String what) {
        tx.log("messages", "local0", "notice", "lunash", what);
        tx.markDirty();
        if (state.network().pathToClientNetwork()) {
            tx.emit(ApplianceEvent.CONNECTIVITY_CHANGED);
        } else {
            tx.log("messages", "kern", "warning", "kernel", "the path to the client network is broken");
            dropEverybody();
        }
    }

    private void faultChanged() {
        tx.markDirty();
        tx.emit(ApplianceEvent.CONNECTIVITY_CHANGED);
    }

    private void dropEverybody() {
        tx.closeAllPartitionSessions();
        for (ShellSession s : List.copyOf(tx.sessions())) {
            if (s.channel() == Channel.SSH) {
                s.close();
                tx.sessions().remove(s);
            }
        }
        tx.emit(ApplianceEvent.CONNECTIVITY_CHANGED);
    }

    private static void checkDevice(String device) {
        if (!List.of("eth0", "eth1", "eth2", "eth3", "bond0", "bond1").contains(device)) {
            throw LunaException.withDetail(LunaError.ARGUMENTS_BAD, "Unknown network device: " + device);
        }
    }
}
