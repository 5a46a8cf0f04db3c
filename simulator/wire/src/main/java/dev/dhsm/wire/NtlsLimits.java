package dev.dhsm.wire;

/**
 * The limits an NTLS endpoint enforces on one connection, as the appliance bounds what a client may send it.
 *
 * @param maxPayloadLength  the largest payload accepted or sent, in bytes; a larger frame is a protocol error
 * @param maxQueuedRequests how many received requests may wait for execution before the appliance stops
 *                          reading from the connection (back-pressure, not an error)
 */
public record NtlsLimits(int maxPayloadLength, int maxQueuedRequests) {

    /** 1 MiB payloads, 64 queued requests. */
    public static final NtlsLimits DEFAULT = new NtlsLimits(NtlsWireFormat.DEFAULT_MAX_PAYLOAD_LENGTH, 64);

    public NtlsLimits {
        if (maxPayloadLength < 0) {
            throw new IllegalArgumentException("maxPayloadLength must not be negative: " + maxPayloadLength);
        }
        if (maxQueuedRequests < 1) {
            throw new IllegalArgumentException("maxQueuedRequests must be at least 1: " + maxQueuedRequests);
        }
    }

    /** The same limits with another maximum payload length. */
    public NtlsLimits withMaxPayloadLength(int length) {
        return new NtlsLimits(length, maxQueuedRequests);
    }
}
