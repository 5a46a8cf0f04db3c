package dev.dhsm.client;

import java.util.Objects;

/**
 * One slot in the Luna client's slot list, as LunaCM's {@code slot list} prints it: a partition on one of the
 * configured appliances (or the backup HSM), numbered by the client across all its servers.
 *
 * @param slotId          the client's slot number (0, 1, ... in server order)
 * @param server          the appliance the slot lives on ({@code ServerNameNN}), or empty for a local device
 * @param partitionSerial the partition (or device) serial number
 * @param label           the partition label, empty before {@code partition init}
 * @param model           e.g. {@code LunaSA 7.2.0}
 * @param firmwareVersion e.g. {@code 7.0.3}
 * @param configuration   e.g. {@code Luna User Partition With SO (PW) Signing With Cloning Mode}
 * @param description     e.g. {@code Net Token Slot}
 * @param initialized     whether the partition has been initialized
 */
public record Slot(long slotId, String server, String partitionSerial, String label, String model,
                   String firmwareVersion, String configuration, String description, boolean initialized) {

    /** How LunaCM describes a partition on a network appliance. */
    public static final String NET_TOKEN_SLOT = "Net Token Slot";

    public Slot {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(partitionSerial, "partitionSerial");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(firmwareVersion, "firmwareVersion");
        Objects.requireNonNull(configuration, "configuration");
        Objects.requireNonNull(description, "description");
    }
}
