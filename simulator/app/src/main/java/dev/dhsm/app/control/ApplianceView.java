package dev.dhsm.app.control;

import dev.dhsm.model.DeviceKind;
import dev.dhsm.model.Reachability;

/**
 * One device of the fleet as the control plane lists it: where it is (region, stamp, kind), its HSM serial,
 * the address and ports it answers on ({@code host:port}), whether it answers now, and its injected faults.
 */
public record ApplianceView(String id, String region, int stamp, DeviceKind kind, String hsmSerial, String address,
                            String ssh, String console, Reachability reachability, FaultsView faults) {
}
