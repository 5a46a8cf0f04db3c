package dev.dhsm.wire.message;

import java.util.Objects;

/**
 * Initialises a partition ({@code C_InitToken}), as the Partition SO does with LunaCM {@code partition init} on
 * appliance 7.2:
 * it sets the Partition SO password, the label and the cloning domain and destroys all objects.
 *
 * @param slotId the partition's slot
 * @param soPin the new Partition SO password
 * @param label the partition label
 * @param domain the cloning domain (a secret: partitions sharing it can clone to each other)
 */
public record InitToken(long slotId, String soPin, String label, String domain) implements NtlsRequest {

    public InitToken {
        Objects.requireNonNull(soPin, "soPin");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(domain, "domain");
    }

    @Override
    public void writeTo(PayloadWriter out) {
        out.uint64(slotId).string(soPin).string(label).string(domain);
    }

    static InitToken readFrom(PayloadReader in) {
        return new InitToken(in.uint64("slotId"), in.string("soPin"), in.string("label"), in.string("domain"));
    }

    /** Masks the PIN fields: message records are logged. */
    @Override
    public String toString() {
        return "InitToken[slotId=" + slotId + ", soPin=***, label=" + label + ", domain=***]";
    }
}
