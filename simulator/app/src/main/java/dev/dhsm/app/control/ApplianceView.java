package dev.dhsm.app.control;

import dev.dhsm.model.DeviceKind;
import dev.dhsm.model.Reachability;

/**
 * One device of the fleet as the control plane lists it: where it is (region, stamp, kind), its HSM serial,
 * the addresses it answers on ({@code host:port}: lunash over SSH, the serial console, NTLS), whether it answers now, and its injected faults.
 */
public record ApplianceView(String id, String region, int stamp, DeviceKind kind, String hsmSerial, String address,
                            String ssh, String console, String ntls, Reachability reachability, FaultsView faults) {
}
