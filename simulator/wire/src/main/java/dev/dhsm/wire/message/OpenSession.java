package dev.dhsm.wire.message;

/**
 * Opens a PKCS#11 session on a partition slot ({@code C_OpenSession}).
 *
 * @param slotId the slot, from {@link SlotInfo#slotId()}
 * @param readWrite {@code CKF_RW_SESSION}: whether the session may create and destroy objects
 */
public record OpenSession(long slotId, boolean readWrite) implements NtlsRequest {

    @Override
    public void writeTo(PayloadWriter out) {
        out.uint64(slotId).bool(readWrite);
    }

    static OpenSession readFrom(PayloadReader in) {
        return new OpenSession(in.uint64("slotId"), in.bool("readWrite"));
    }
}
