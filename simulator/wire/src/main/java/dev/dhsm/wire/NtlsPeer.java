package dev.dhsm.wire;

import java.net.SocketAddress;
import java.security.cert.X509Certificate;
import java.util.Objects;
import java.util.Optional;

/**
 * The client at the other end of one NTLS connection, as the appliance identifies it: by the registered
 * certificate it presented in the TLS handshake (never by the name it claims in {@code Hello}).
 *
 * @param connectionId      a short id of the connection, unique while it is open, for logs
 * @param remoteAddress     the client's address and port
 * @param clientCertificate the certificate the client authenticated with; empty without TLS (tests)
 */
public record NtlsPeer(String connectionId, SocketAddress remoteAddress, Optional<X509Certificate> clientCertificate) {

    public NtlsPeer {
        Objects.requireNonNull(connectionId, "connectionId");
        Objects.requireNonNull(remoteAddress, "remoteAddress");
        Objects.requireNonNull(clientCertificate, "clientCertificate");
    }
}
