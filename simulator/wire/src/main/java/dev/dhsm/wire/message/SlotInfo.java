package dev.dhsm.wire.message;

import java.util.Objects;

/**
 * One partition as a Luna client sees it, a PKCS#11 slot: what LunaCM {@code slot list} and
 * {@code partition show} print about it.
 *
 * @param slotId          the slot number the client uses
 * @param partitionSerial the partition serial number
 * @param label           the partition label (empty before {@code partition init})
 * @param model           the token model text, e.g. {@code LunaSA 7.2.0}
 * @param firmwareVersion the HSM firmware version, e.g. {@code 7.0.3}
 * @param configuration   the configuration text, e.g. {@code Luna User Partition With SO (PW) Signing With Cloning
 *                      Mode}
 * @param initialized     whether the partition has been initialised
 */
public record SlotInfo(long slotId, String partitionSerial, String label, String model, String firmwareVersion,
                       String configuration, boolean initialized) {

    /** The smallest encoding: the slot id, five empty strings and the flag. */
    static final int MIN_SIZE = 8 + 5 * 4 + 1;

    public SlotInfo {
        Objects.requireNonNull(partitionSerial, "partitionSerial");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(firmwareVersion, "firmwareVersion");
        Objects.requireNonNull(configuration, "configuration");
    }

    void writeTo(PayloadWriter out) {
        out.uint64(slotId).string(partitionSerial).string(label).string(model)
                .string(firmwareVersion).string(configuration).bool(initialized);
    }

    static SlotInfo readFrom(PayloadReader in) {
        return new SlotInfo(in.uint64("slot.slotId"), in.string("slot.partitionSerial"), in.string("slot.label"),
                in.string("slot.model"), in.string("slot.firmwareVersion"), in.string("slot.configuration"),
                in.bool("slot.initialized"));
    }
}
