package dev.dhsm.conformance.target.emulator;

import dev.dhsm.app.control.FaultChange;
import dev.dhsm.conformance.target.ArmControl;
import dev.dhsm.conformance.target.EmulatorControl;
import dev.dhsm.conformance.target.SupportControl;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The conformance suite's view of the emulator's control plane, in process: the same
 * {@link dev.dhsm.app.control.EmulatorControl} object the HTTPS control API under {@code /__admin/dhsm/} serves,
 * for the one appliance of the target's fleet.
 */
final class InProcessControl implements EmulatorControl {
    private final dev.dhsm.app.control.EmulatorControl control;
    private final String applianceId;
    private final SupportControl support;
    private final Optional<ArmControl> arm;

    InProcessControl(dev.dhsm.app.control.EmulatorControl control, String applianceId, SupportControl support) {
        this(control, applianceId, support, Optional.empty());
    }

    InProcessControl(dev.dhsm.app.control.EmulatorControl control, String applianceId, SupportControl support,
                     Optional<ArmControl> arm) {
        this.control = control;
        this.applianceId = applianceId;
        this.support = support;
        this.arm = arm;
    }

    @Override
    public Optional<ArmControl> arm() {
        return arm;
    }

    @Override
    public Optional<SupportControl> support() {
        return Optional.of(support);
    }

    @Override
    public Instant clock() {
        return control.clock().now();
    }

    @Override
    public void advanceClock(Duration by) {
        control.advanceClock(by);
    }

    @Override
    public void blockNtlsPort(boolean blocked) {
        control.setFaults(applianceId, FaultChange.none().withNtlsPortBlocked(blocked));
    }

    @Override
    public void cutNetwork(boolean cut) {
        control.setFaults(applianceId, FaultChange.none().withNetworkCut(cut));
    }

    @Override
    public void expireNtlsCertificate() {
        control.expireNtlsCertificate(applianceId);
    }
}
