package dev.dhsm.wire;

import dev.dhsm.wire.message.NtlsRequest;
import dev.dhsm.wire.message.NtlsResponse;
import java.util.concurrent.CompletionStage;

/**
 * What the appliance does with each NTLS request: the seam between the protocol (this module) and the
 * appliance model, which the appliance's NTLS adapter implements by translating each request into one model call.
 *
 * <p>The session handler calls {@link #serve} for one request of a connection at a time, in arrival order,
 * on the connection's event loop; an implementation that blocks should hand the work to another executor and
 * complete the stage from there. A failed stage or a thrown exception is answered with
 * {@code CKR_GENERAL_ERROR} and logged; its text never reaches the client.
 */
public interface NtlsService {

    /** Answers one request. {@code Hello} is answered with {@code HelloOk}, or an error that ends the connection. */
    CompletionStage<NtlsResponse> serve(NtlsPeer peer, NtlsRequest request);

    /** The peer broke the protocol; the connection is being closed. For the appliance log. */
    default void protocolViolation(NtlsPeer peer, NtlsProtocolViolation violation) {
    }

    /** The connection closed: release the peer's sessions and logins. */
    default void connectionClosed(NtlsPeer peer) {
    }
}
