package dev.dhsm.wire;

import dev.dhsm.wire.message.NtlsMessage;
import java.util.Objects;

/**
 * One decoded NTLS frame: a message and the request id that ties a response to the request it answers,
 * as requests and responses travel between a Luna client and the appliance.
 *
 * @param requestId a uint32 chosen by the client, unique among its requests in flight; 0 is reserved
 * @param message   the request or response
 */
public record NtlsFrame(long requestId, NtlsMessage message) {

    public NtlsFrame {
        if (requestId < 0 || requestId > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("request id does not fit in a uint32: " + requestId);
        }
        Objects.requireNonNull(message, "message");
    }
}
