package dev.dhsm.app.arm;

import dev.dhsm.model.DeviceSlot;
import java.util.List;

/**
 * The region's physical devices as the resource provider allocates them: their slots (stamp, kind, address),
 * whether one still holds key material (an HSM resource cannot be deleted until its device is zeroized,
 * FM-24), and resetting a device that returns to the free pool.
 */
public interface DevicePool {
    /** Every device, in layout order. */
    List<DeviceSlot> devices();

    /** Whether the device's HSM is initialized (holds key material) rather than zeroized or factory-fresh. */
    boolean holdsKeyMaterial(String deviceId);

    /** Puts the device back to factory state before it goes back to the free pool. */
    void reset(String deviceId);
}
