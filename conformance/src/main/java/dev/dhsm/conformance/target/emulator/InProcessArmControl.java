package dev.dhsm.conformance.target.emulator;

import dev.dhsm.app.arm.ArmSettingsChange;
import dev.dhsm.app.arm.DeviceView;
import dev.dhsm.conformance.target.ArmControl;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The conformance suite's view of the ARM side of the emulator's control plane, in process: the allow list in the
 * ARM settings, device occupancy, and which device an HSM resource holds ({@code /__admin/dhsm/arm/...}).
 */
final class InProcessArmControl implements ArmControl {
    private final dev.dhsm.app.control.EmulatorControl control;
    private final int stamps;

    InProcessArmControl(dev.dhsm.app.control.EmulatorControl control, int stamps) {
        this.control = control;
        this.stamps = stamps;
    }

    @Override
    public void allowSubscription(String subscriptionId, boolean allowed) {
        List<String> list = new ArrayList<>(control.armSettings().allowedSubscriptions());
        list.removeIf(s -> s.equalsIgnoreCase(subscriptionId));
        if (allowed) {
            list.add(subscriptionId);
        }
        control.changeArmSettings(ArmSettingsChange.none().withAllowedSubscriptions(list));
    }

    @Override
    public void occupyCustomerDevices(int stamp, int devices) {
        List<DeviceView> free = control.armDevices().stream()
                .filter(d -> d.stamp() == stamp && "free".equals(d.state())).limit(devices).toList();
        if (free.size() < devices) {
            throw new IllegalStateException("stamp " + stamp + " has only " + free.size() + " free customer devices");
        }
        free.forEach(d -> control.setDeviceOccupied(d.id(), true));
    }

    @Override
    public int stamps() {
        return stamps;
    }

    @Override
    public Optional<String> deviceOf(String hsmResourceId) {
        return control.armDevices().stream().filter(d -> hsmResourceId.equalsIgnoreCase(d.hsm()))
                .map(DeviceView::id).findFirst();
    }

    @Override
    public boolean inFreePool(String deviceId) {
        return control.armDevices().stream().anyMatch(d -> d.id().equals(deviceId) && "free".equals(d.state()));
    }
}
