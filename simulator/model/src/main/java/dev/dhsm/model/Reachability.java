package dev.dhsm.model;

/**
 * Whether the appliance answers now, per way in: SSH (lunash), NTLS on 1792, and the serial console, with
 * the reason when it does not.
 */
public record Reachability(boolean ssh, boolean ntls, boolean console, String reason) {
    public static final Reachability UP = new Reachability(true, true, true, "up");
}
