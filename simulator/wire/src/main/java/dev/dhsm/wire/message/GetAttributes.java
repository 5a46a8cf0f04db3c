package dev.dhsm.wire.message;

import java.util.List;

/**
 * Reads attributes of one partition object ({@code C_GetAttributeValue}).
 *
 * @param session the session handle from {@link SessionOpened}
 * @param handle the object handle
 * @param types the {@code CKA_*} types to read, uint32 each
 */
public record GetAttributes(long session, long handle, List<Long> types) implements NtlsRequest {

    public GetAttributes {
        types = List.copyOf(types);
    }

    @Override
    public void writeTo(PayloadWriter out) {
        out.uint64(session).uint64(handle).uint32List(types);
    }

    static GetAttributes readFrom(PayloadReader in) {
        return new GetAttributes(in.uint64("session"), in.uint64("handle"), in.uint32List("types"));
    }
}
