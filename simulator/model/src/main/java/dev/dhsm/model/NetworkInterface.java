package dev.dhsm.model;

/** One appliance network port (eth0..eth3) as {@code network interface} configures it. */
public record NetworkInterface(String device, String mode, String ip, String netmask, String gateway) {
    public static NetworkInterface down(String device) {
        return new NetworkInterface(device, "down", "", "", "");
    }

    public boolean isStatic() {
        return "static".equals(mode);
    }
}
