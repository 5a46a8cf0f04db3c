package dev.dhsm.wire.tls;

import java.net.SocketAddress;
import java.security.cert.X509Certificate;

/**
 * Told the outcome of every NTLS TLS handshake, as the appliance writes {@code Incoming connection request},
 * {@code Fail to establish a secure channel with client} and similar lines to its NTLS log.
 */
public interface NtlsHandshakeListener {

    /** A listener that ignores everything. */
    NtlsHandshakeListener NONE = (remote, failure) -> { };

    /** The handshake with {@code remote} failed; the connection is being closed. */
    void handshakeFailed(SocketAddress remote, NtlsHandshakeFailure failure);

    /**
     * The handshake with {@code remote} succeeded; {@code peerCertificate} is the certificate it authenticated
     * with (null if none).
     */
    default void handshakeSucceeded(SocketAddress remote, X509Certificate peerCertificate) {
    }
}
