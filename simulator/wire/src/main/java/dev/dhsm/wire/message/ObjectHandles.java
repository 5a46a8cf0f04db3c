package dev.dhsm.wire.message;

import dev.dhsm.wire.pkcs11.Ckr;
import java.util.List;

/**
 * The handles found, in answer to {@link FindObjects}.
 *
 * @param handles the handles, uint64 each
 */
public record ObjectHandles(List<Long> handles) implements NtlsResponse {

    public ObjectHandles {
        handles = List.copyOf(handles);
    }

    @Override
    public void writeTo(PayloadWriter out) {
        out.uint32(Ckr.OK).uint64List(handles);
    }

    static ObjectHandles readFrom(PayloadReader in) {
        in.okStatus();
        return new ObjectHandles(in.uint64List("handles"));
    }
}
