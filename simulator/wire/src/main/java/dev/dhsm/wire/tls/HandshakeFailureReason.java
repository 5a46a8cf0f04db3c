package dev.dhsm.wire.tls;

/**
 * Why an NTLS TLS handshake failed, in the terms an appliance administrator acts on: the NTLS log line
 * {@code Fail to establish a secure channel with client ... RC_SSL_FAILED_HANDSHAKE} plus the cause.
 */
public enum HandshakeFailureReason {

    /**
     * The peer's certificate is not a registered client certificate (appliance) or not the pinned
     * {@code server.pem} (client).
     */
    UNKNOWN_CERTIFICATE("certificate not registered or not the pinned one"),
    /** The peer's certificate is registered or pinned but past its notAfter date. */
    CERTIFICATE_EXPIRED("certificate expired"),
    /** The peer's certificate is registered or pinned but before its notBefore date. */
    CERTIFICATE_NOT_YET_VALID("certificate not yet valid"),
    /** The client presented no certificate at all. */
    NO_CERTIFICATE("no certificate presented"),
    /** The other end refused this end's certificate (it sent a fatal alert, e.g. {@code certificate_unknown}). */
    REJECTED_BY_PEER("the peer refused the handshake"),
    /** No TLS version or cipher suite both ends accept. */
    NO_COMMON_PARAMETERS("no common TLS version or cipher suite"),
    /** Anything else: the connection dropped, a malformed record, an internal failure. */
    OTHER("TLS handshake failed");

    private final String description;

    HandshakeFailureReason(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
