package dev.dhsm.app;

import dev.dhsm.app.arm.DevicePool;
import dev.dhsm.model.DeviceSlot;
import dev.dhsm.model.HsmLifecycle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The running fleet as the ARM facade's device pool: a device's HSM holds key material while it is
 * initialized, and a device returned to the free pool is powered on factory-new, as Microsoft resets a
 * deprovisioned device (FM-24).
 */
public final class FleetDevicePool implements DevicePool {
    private final Fleet fleet;

    public FleetDevicePool(Fleet fleet) {
        this.fleet = fleet;
    }

    @Override
    public List<DeviceSlot> devices() {
        return fleet.members().stream().map(FleetMember::slot).toList();
    }

    @Override
    public boolean holdsKeyMaterial(String deviceId) {
        return fleet.member(deviceId).map(m -> m.node().appliance()
                .transact(tx -> tx.hsm().lifecycle() == HsmLifecycle.INITIALIZED)).orElse(false);
    }

    @Override
    public void reset(String deviceId) {
        try {
            fleet.resetMember(deviceId);
        } catch (IOException e) {
            throw new UncheckedIOException("device " + deviceId + " could not be powered on again", e);
        }
    }
}
