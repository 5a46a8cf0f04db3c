package dev.dhsm.conformance.target;

import java.util.Optional;

/**
 * The emulator's control of its Azure side, which a real subscription cannot offer: Microsoft's allow list of
 * subscriptions that may create dedicatedHSMs (FM-01), other customers' devices occupying a stamp (FM-07), and
 * the fleet's view of which device an HSM resource got and whether a device is back in the free pool (FM-24).
 */
public interface ArmControl {
    /** Puts the subscription on the Dedicated HSM allow list, or takes it off. */
    void allowSubscription(String subscriptionId, boolean allowed);

    /**
     * Hands {@code devices} more customer devices of stamp {@code stamp} (1-based) in the target's region to other
     * customers, so they are no longer free.
     */
    void occupyCustomerDevices(int stamp, int devices);

    /** How many stamps the region has. */
    int stamps();

    /** The fleet device behind an HSM resource, e.g. {@code eastus-s1-d03}; empty when it has none. */
    Optional<String> deviceOf(String hsmResourceId);

    /** Whether the device is in the free pool (not allocated to any HSM resource). */
    boolean inFreePool(String deviceId);
}
