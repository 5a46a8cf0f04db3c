package dev.dhsm.wire.message;

/**
 * One NTLS application message, the unit a Luna client and the appliance exchange inside the TLS channel on port
 * 1792.
 */
public sealed interface NtlsMessage permits NtlsRequest, NtlsResponse {

    /** Writes the payload (everything after the frame header). */
    void writeTo(PayloadWriter out);
}
