package dev.dhsm.wire.message;

/**
 * Destroys one partition object ({@code C_DestroyObject}).
 *
 * @param session the session handle from {@link SessionOpened}
 * @param handle the object handle
 */
public record DestroyObject(long session, long handle) implements NtlsRequest {

    @Override
    public void writeTo(PayloadWriter out) {
        out.uint64(session).uint64(handle);
    }

    static DestroyObject readFrom(PayloadReader in) {
        return new DestroyObject(in.uint64("session"), in.uint64("handle"));
    }
}
