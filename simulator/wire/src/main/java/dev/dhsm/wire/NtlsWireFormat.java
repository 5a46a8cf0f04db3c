package dev.dhsm.wire;

/**
 * The fixed 16-byte NTLS frame header, as our emulated appliance and client library frame every message
 * inside the TLS channel on port 1792 (the real product's framing is not public):
 *
 * <pre>
 * offset size field
 *      0    4 magic            0x4E544C53 ("NTLS")
 *      4    1 version          1
 *      5    1 flags            0 (all bits reserved in version 1)
 *      6    2 message type     see NtlsMessageType
 *      8    4 request id       uint32, echoed by the response; 0 only on connection-level errors
 *     12    4 payload length   uint32, at most the configured maximum (1 MiB by default)
 * </pre>
 *
 * All integers are big-endian.
 */
public final class NtlsWireFormat {

    /** "NTLS" in ASCII. */
    public static final int MAGIC = 0x4E544C53;
    /** The only protocol version this implementation speaks. */
    public static final int VERSION = 1;
    public static final int HEADER_LENGTH = 16;
    /** The request id an error frame carries when no request can be blamed (bad magic, garbage). */
    public static final long CONNECTION_REQUEST_ID = 0;
    /** The default maximum payload length: 1 MiB. */
    public static final int DEFAULT_MAX_PAYLOAD_LENGTH = 1 << 20;

    static final int VERSION_OFFSET = 4;
    static final int FLAGS_OFFSET = 5;
    static final int TYPE_OFFSET = 6;
    static final int REQUEST_ID_OFFSET = 8;
    static final int LENGTH_OFFSET = 12;
    static final int MAGIC_LENGTH = 4;

    private NtlsWireFormat() {
    }

    /** Byte {@code index} (0-3) of the magic, most significant first. */
    static byte magicByte(int index) {
        return (byte) (MAGIC >>> (8 * (MAGIC_LENGTH - 1 - index)));
    }
}
