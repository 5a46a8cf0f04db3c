package dev.dhsm.wire;

import dev.dhsm.wire.pkcs11.Ckr;

/**
 * The ways a peer can break the NTLS protocol, each with the {@code CKR_*} status the error frame carries.
 * After any of them the appliance sends one {@code ErrorResponse} and closes the connection; the client
 * library fails every pending request and closes.
 *
 * <pre>
 * error                   status                           detected by
 * BAD_MAGIC               CKR_DEVICE_ERROR                 frame decoder (first 4 bytes of a frame)
 * UNSUPPORTED_VERSION     CKR_FUNCTION_NOT_SUPPORTED       frame decoder; session handler (Hello version 0)
 * RESERVED_FLAGS          CKR_ARGUMENTS_BAD                frame decoder
 * FRAME_TOO_LARGE         CKR_DATA_LEN_RANGE               frame decoder, from the header alone
 * UNKNOWN_MESSAGE_TYPE    CKR_FUNCTION_NOT_SUPPORTED       frame decoder
 * WRONG_DIRECTION         CKR_ARGUMENTS_BAD                frame decoder (a response sent to the appliance)
 * MALFORMED_PAYLOAD       CKR_ARGUMENTS_BAD                frame decoder (payload does not parse exactly)
 * TRUNCATED_FRAME         CKR_DEVICE_ERROR                 frame decoder (connection closed mid-frame)
 * HELLO_REQUIRED          CKR_CRYPTOKI_NOT_INITIALIZED     session handler
 * DUPLICATE_HELLO         CKR_CRYPTOKI_ALREADY_INITIALIZED session handler
 * INVALID_REQUEST_ID      CKR_ARGUMENTS_BAD                session handler (request id 0)
 * DUPLICATE_REQUEST_ID    CKR_OPERATION_ACTIVE             session handler
 * UNEXPECTED_RESPONSE     CKR_DEVICE_ERROR                 client handler (no pending request has that id)
 * RESPONSE_TYPE_MISMATCH  CKR_DEVICE_ERROR                 client handler
 * INTERNAL_ERROR          CKR_GENERAL_ERROR                either handler (a bug, never a peer's fault)
 * </pre>
 */
public enum NtlsProtocolError {

    BAD_MAGIC(Ckr.DEVICE_ERROR, "not an NTLS frame"),
    UNSUPPORTED_VERSION(Ckr.FUNCTION_NOT_SUPPORTED, "unsupported NTLS protocol version"),
    RESERVED_FLAGS(Ckr.ARGUMENTS_BAD, "reserved header flags are set"),
    FRAME_TOO_LARGE(Ckr.DATA_LEN_RANGE, "frame exceeds the maximum payload length"),
    UNKNOWN_MESSAGE_TYPE(Ckr.FUNCTION_NOT_SUPPORTED, "unknown message type"),
    WRONG_DIRECTION(Ckr.ARGUMENTS_BAD, "message type not valid in this direction"),
    MALFORMED_PAYLOAD(Ckr.ARGUMENTS_BAD, "malformed payload"),
    TRUNCATED_FRAME(Ckr.DEVICE_ERROR, "connection closed inside a frame"),
    HELLO_REQUIRED(Ckr.CRYPTOKI_NOT_INITIALIZED, "Hello must be the first request and answered before the next"),
    DUPLICATE_HELLO(Ckr.CRYPTOKI_ALREADY_INITIALIZED, "Hello sent twice on one connection"),
    INVALID_REQUEST_ID(Ckr.ARGUMENTS_BAD, "request id 0 is reserved"),
    DUPLICATE_REQUEST_ID(Ckr.OPERATION_ACTIVE, "request id already in flight"),
    UNEXPECTED_RESPONSE(Ckr.DEVICE_ERROR, "response to no pending request"),
    RESPONSE_TYPE_MISMATCH(Ckr.DEVICE_ERROR, "response type does not answer the request"),
    INTERNAL_ERROR(Ckr.GENERAL_ERROR, "internal error");

    private final long status;
    private final String description;

    NtlsProtocolError(long status, String description) {
        this.status = status;
        this.description = description;
    }

    /** The {@code CKR_*} status of the error frame. */
    public long status() {
        return status;
    }

    /** A short English description, sent in the error frame. */
    public String description() {
        return description;
    }
}
