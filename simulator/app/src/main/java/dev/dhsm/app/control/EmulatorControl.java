package dev.dhsm.app.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dhsm.app.ApplianceNode;
import dev.dhsm.app.Fleet;
import dev.dhsm.app.FleetDevicePool;
import dev.dhsm.app.FleetMember;
import dev.dhsm.app.StateFileRefusedException;
import dev.dhsm.app.arm.AdfsTokens;
import dev.dhsm.app.arm.ArmException;
import dev.dhsm.app.arm.ArmIdentity;
import dev.dhsm.app.arm.ArmService;
import dev.dhsm.app.arm.ArmSettings;
import dev.dhsm.app.arm.ArmSettingsChange;
import dev.dhsm.app.arm.DeviceView;
import dev.dhsm.model.Appliance;
import dev.dhsm.model.Faults;
import dev.dhsm.model.ServerCertificate;
import dev.dhsm.model.SystemClock;
import dev.dhsm.model.SystemOperations;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The emulator's test-control plane over a running fleet: the shared clock, injected faults, the NTLS
 * certificate's expiry, the support actions only Microsoft can take, and fleet snapshots, restores and resets.
 * The HTTPS control API under {@code /__admin/dhsm/} and in-process callers (tests, the conformance suite)
 * use this one object; it holds no state of its own beyond the fleet and its clock.
 */
public final class EmulatorControl {
    private final Fleet fleet;
    private final FleetClock clock;
    private final ArmService arm;

    /** A control plane whose ARM facade keeps its state in memory, with the default settings. */
    public EmulatorControl(Fleet fleet, FleetClock clock) {
        this(fleet, clock, new ArmService(clock, new SystemClock(), new FleetDevicePool(fleet), fleet.region(),
                ArmSettings.defaults(), null));
    }

    public EmulatorControl(Fleet fleet, FleetClock clock, ArmService arm) {
        this.fleet = fleet;
        this.clock = clock;
        this.arm = arm;
    }

    /** The ARM facade's shared service (resources, settings, tokens). */
    public ArmService arm() {
        return arm;
    }

    /** Where the ARM facade answers, its CA certificate, and the emulated tenant's identities. */
    public ArmView armInfo() {
        return new ArmView(arm.endpoint().map(u -> u.toString()).orElse(null),
                arm.caCertificate().map(p -> p.toString()).orElse(null), ArmIdentity.TENANT,
                ArmIdentity.SUBSCRIPTION, ArmIdentity.CLIENT_ID, ArmIdentity.CLIENT_SECRET, ArmIdentity.AUDIENCE,
                arm.settings());
    }

    /** A bearer token for the default service principal, as the ADFS token endpoint would issue it. */
    public AdfsTokens.Token armToken() {
        return arm.tokens().issueDefault();
    }

    public ArmSettings armSettings() {
        return arm.settings();
    }

    /** Changes Retry-After, the dedicatedHSMs allow list (FM-01) or the provisioning times. */
    public ArmSettings changeArmSettings(ArmSettingsChange change) {
        try {
            return arm.changeSettings(change);
        } catch (IllegalArgumentException e) {
            throw ControlException.badRequest(e.getMessage());
        }
    }

    /** Every device with what holds it (free, allocated to an HSM resource, occupied, reserved). */
    public List<DeviceView> armDevices() {
        return arm.devices();
    }

    /** Marks a customer device as taken by another customer, so allocation skips it (FM-07), or frees it. */
    public DeviceView setDeviceOccupied(String id, boolean occupied) {
        try {
            return arm.setOccupied(id, occupied);
        } catch (ArmException e) {
            throw new ControlException(e.status(), e.status() == 404 ? "ApplianceNotFound" : "InvalidRequest",
                    e.getMessage());
        }
    }

    /** Every ARM resource and deployment gone, every device free, ARM settings as at start. */
    public void resetArm() {
        arm.reset();
    }

    public Fleet fleet() {
        return fleet;
    }

    public ClockView clock() {
        return new ClockView(clock.now(), clock.offset());
    }

    /** Moves the fleet clock forward; lockouts end and support hard reboots complete on it. */
    public ClockView advanceClock(Duration by) {
        try {
            clock.advance(by);
        } catch (IllegalArgumentException e) {
            throw ControlException.badRequest(e.getMessage());
        }
        return clock();
    }

    public ClockView setClock(Instant to) {
        clock.set(to);
        return clock();
    }

    /** Every device, in layout order. */
    public List<ApplianceView> appliances() {
        return fleet.members().stream().map(this::view).toList();
    }

    public ApplianceView appliance(String id) {
        return view(member(id));
    }

    /** Where the appliance answers lunash over SSH. */
    public InetSocketAddress sshAddress(String id) {
        return member(id).sshAddress();
    }

    /** Where the appliance's serial console answers, as raw TCP. */
    public InetSocketAddress consoleAddress(String id) {
        return member(id).consoleAddress();
    }

    /** Where the appliance's NTLS service answers (TCP 1792 on a real device). */
    public InetSocketAddress ntlsAddress(String id) {
        return member(id).ntlsAddress();
    }

    /** Injects (or clears) faults; fields left null stay as they are. Connections that may not stay drop. */
    public ApplianceView setFaults(String id, FaultChange change) {
        Double p = change.rebootHangProbability();
        if (p != null && (p.isNaN() || p < 0 || p > 1)) {
            throw ControlException.badRequest("rebootHangProbability must be 0 to 1: " + p);
        }
        FleetMember member = member(id);
        member.node().appliance().run(tx -> {
            SystemOperations system = tx.system();
            if (change.ntlsPortBlocked() != null) {
                system.setNtlsPortBlocked(change.ntlsPortBlocked());
            }
            if (change.networkCut() != null) {
                system.setNetworkCut(change.networkCut());
            }
            if (change.nextRebootHangs() != null) {
                system.setNextRebootHangs(change.nextRebootHangs());
            }
            if (p != null || change.seed() != null) {
                system.setRebootHangProbability(p != null ? p : system.rebootHangProbability(),
                        change.seed() != null ? change.seed() : system.rebootSeed());
            }
        });
        return view(member);
    }

    /**
     * Makes the appliance's NTLS certificate stop being valid now (FM-20): clients drop and cannot connect
     * until {@code sysconf regenCert}, {@code service restart ntls} and a new certificate exchange.
     */
    public CertificateView expireNtlsCertificate(String id) {
        ApplianceNode node = member(id).node();
        ServerCertificate expired = node.appliance().transact(tx ->
                tx.ntls().expireCertificate(node.certificateIssuer()));
        return new CertificateView(expired.notBefore(), expired.notAfter(), expired.certificatePem());
    }

    /** Support resets the device to factory state at once: configuration and key material are lost (FM-12, 18). */
    public SupportView supportFactoryReset(String id) {
        return SupportView.of(appliance(member(id)).transact(tx -> tx.system().supportFactoryReset()), clock.now());
    }

    /** Support hard-reboots the device 48 hours from now on the fleet clock (FM-19). */
    public SupportView supportHardReboot(String id) {
        return SupportView.of(appliance(member(id)).transact(tx -> tx.system().supportHardReboot()), clock.now());
    }

    /** The support requests made for the device, oldest first. */
    public List<SupportView> supportRequests(String id) {
        Instant now = clock.now();
        return appliance(member(id)).transact(tx -> tx.system().supportRequests()).stream()
                .map(r -> SupportView.of(r, now)).toList();
    }

    /** Every appliance's state, as its state file holds it, in one JSON object. */
    public ObjectNode snapshot() {
        return fleet.snapshot(clock.now());
    }

    /** Puts the appliances named in a snapshot back as they were (their connections drop). */
    public void restore(JsonNode snapshot) {
        try {
            fleet.restore(snapshot);
        } catch (IllegalArgumentException e) {
            throw ControlException.badRequest(e.getMessage());
        } catch (StateFileRefusedException e) {
            throw ControlException.badRequest("the snapshot's " + e.file() + " is refused: " + e.reason());
        } catch (IOException e) {
            throw new ControlException(500, "RestoreFailed", "an appliance could not be powered on again: "
                    + e.getMessage());
        }
    }

    /** Every appliance factory-new and the ARM facade emptied; the clock is left where it is. */
    public void reset() {
        arm.reset();
        try {
            fleet.reset();
        } catch (IOException e) {
            throw new ControlException(500, "ResetFailed", "an appliance could not be powered on again: "
                    + e.getMessage());
        }
    }

    private FleetMember member(String id) {
        return fleet.member(id).orElseThrow(() -> ControlException.noSuchAppliance(id));
    }

    private static Appliance appliance(FleetMember member) {
        return member.node().appliance();
    }

    private ApplianceView view(FleetMember m) {
        Appliance appliance = appliance(m);
        return appliance.transact(tx -> {
            SystemOperations system = tx.system();
            Faults f = system.faults();
            FaultsView faults = new FaultsView(f.ntlsPortBlocked(), f.networkCut(), f.nextRebootHangs(),
                    system.rebootHangProbability(), system.rebootSeed());
            return new ApplianceView(m.id(), m.slot().region(), m.slot().stamp(), m.slot().kind(),
                    m.slot().hsmSerial(), m.sshAddress().getAddress().getHostAddress(), hostPort(m.sshAddress()),
                    hostPort(m.consoleAddress()), hostPort(m.ntlsAddress()), system.reachability(), faults);
        });
    }

    static String hostPort(InetSocketAddress address) {
        String host = address.getAddress().getHostAddress();
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort();
    }
}
