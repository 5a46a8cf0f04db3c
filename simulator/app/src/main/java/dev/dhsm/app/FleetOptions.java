package dev.dhsm.app;

import dev.dhsm.model.FleetLayout;

/**
 * How a fleet is brought up: the options every appliance shares ({@link NodeOptions}: ports, data directory,
 * profile, clock, and the bind address), and its shape. {@code stamps} 0 is one appliance on its own, as
 * {@code dhsm serve} runs without {@code --stamps}; 1 or more is that many stamps of 15 devices in
 * {@code region}, each device at its own loopback address {@code 127.0.1.x}.
 */
public record FleetOptions(NodeOptions node, String region, int stamps, long firstSerial) {
    public static final String DEFAULT_REGION = "eastus";
    /** The first fleet device's HSM serial; the others count up from it. */
    public static final long DEFAULT_FIRST_SERIAL = Long.parseLong(NodeOptions.DEFAULT_HSM_SERIAL);

    public FleetOptions {
        if (node == null) {
            throw new IllegalArgumentException("the node options are required");
        }
        region = region == null ? DEFAULT_REGION : region;
        if (!region.matches("[a-z0-9]+")) {
            throw new IllegalArgumentException("a region is lower-case letters and digits, e.g. eastus: " + region);
        }
        if (stamps < 0 || stamps > FleetLayout.MAX_STAMPS) {
            throw new IllegalArgumentException("stamps must be 1 to " + FleetLayout.MAX_STAMPS + ": " + stamps);
        }
    }

    /** One appliance on its own. */
    public static FleetOptions single(NodeOptions node) {
        return new FleetOptions(node, DEFAULT_REGION, 0, DEFAULT_FIRST_SERIAL);
    }

    /** {@code stamps} stamps in {@code region}. */
    public static FleetOptions stamps(NodeOptions node, String region, int stamps) {
        return new FleetOptions(node, region, stamps, DEFAULT_FIRST_SERIAL);
    }

    public boolean isFleet() {
        return stamps > 0;
    }
}
