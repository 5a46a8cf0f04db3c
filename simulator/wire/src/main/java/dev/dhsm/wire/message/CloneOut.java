package dev.dhsm.wire.message;

/**
 * Exports one object for cloning, as a Luna partition does for backup, restore and HA synchronisation:
 * the appliance answers an opaque blob encrypted under the partition's cloning domain.
 *
 * @param session the session handle from {@link SessionOpened}
 * @param handle the object to clone
 */
public record CloneOut(long session, long handle) implements NtlsRequest {

    @Override
    public void writeTo(PayloadWriter out) {
        out.uint64(session).uint64(handle);
    }

    static CloneOut readFrom(PayloadReader in) {
        return new CloneOut(in.uint64("session"), in.uint64("handle"));
    }
}
