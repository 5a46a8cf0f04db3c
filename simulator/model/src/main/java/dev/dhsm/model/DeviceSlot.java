package dev.dhsm.model;

/**
 * One device position in the fleet: its id (e.g. {@code eastus-s1-d03}), region, stamp, kind, the address
 * it answers at (its NIC's private IP) and its HSM serial.
 */
public record DeviceSlot(String id, String region, int stamp, DeviceKind kind, String address, String hsmSerial) {
}
