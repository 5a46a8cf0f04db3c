package dev.dhsm.client;

import dev.dhsm.wire.tls.CertifiedKey;
import dev.dhsm.wire.tls.Pem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Objects;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/**
 * Everything {@link NtlsClient} needs, as the Luna client library takes it from {@code Chrystoki.conf} and the
 * files it names: the servers, the client's certificate and key, the pinned appliance certificates, the receive
 * timeout and keepalive; plus two knobs of ours (connections per server, the clock for certificate validity).
 *
 * @param clientName           the name sent in {@code Hello} (the certificate's CN)
 * @param servers              the appliances, in slot order
 * @param identity             the client certificate and key
 * @param pinnedServers        the appliance certificates trusted ({@code CAFile.pem})
 * @param receiveTimeout       how long a request (and a connection attempt) may wait for its answer
 * @param tcpKeepAlive         {@code SO_KEEPALIVE} on each connection
 * @param connectionsPerServer how many NTLS connections sessions are spread over, per server (at least 1)
 * @param clock                the client's clock for the appliance certificate's validity
 */
public record ClientSettings(String clientName, List<ServerAddress> servers, CertifiedKey identity,
                             List<X509Certificate> pinnedServers, Duration receiveTimeout, boolean tcpKeepAlive,
                             int connectionsPerServer, InstantSource clock) {

    public ClientSettings {
        Objects.requireNonNull(clientName, "clientName");
        servers = List.copyOf(servers);
        Objects.requireNonNull(identity, "identity");
        pinnedServers = List.copyOf(pinnedServers);
        Objects.requireNonNull(receiveTimeout, "receiveTimeout");
        Objects.requireNonNull(clock, "clock");
        if (connectionsPerServer < 1) {
            throw new IllegalArgumentException("connectionsPerServer must be at least 1");
        }
        if (receiveTimeout.isNegative() || receiveTimeout.isZero()) {
            throw new IllegalArgumentException("receiveTimeout must be positive");
        }
    }

    /** Settings for {@code servers} with the defaults: 20 s, keepalive, one connection per server, system clock. */
    public static ClientSettings of(List<ServerAddress> servers, CertifiedKey identity,
                                    List<X509Certificate> pinnedServers) {
        return new ClientSettings(commonName(identity.certificate()), servers, identity, pinnedServers,
                ChrystokiConf.DEFAULT_RECEIVE_TIMEOUT, true, 1, InstantSource.system());
    }

    /**
     * The settings a {@code Chrystoki.conf} describes, reading the PEM files it names. A missing or unreadable
     * file is {@code RC_FILE_ERROR}.
     */
    public static ClientSettings from(ChrystokiConf conf) {
        Path certFile = required(conf.clientCertFile().orElse(null), "ClientCertFile");
        Path keyFile = required(conf.clientPrivKeyFile().orElse(null), "ClientPrivKeyFile");
        Path caFile = required(conf.serverCaFile().orElse(null), "ServerCAFile");
        try {
            X509Certificate certificate = Pem.readCertificate(read(certFile));
            CertifiedKey identity = new CertifiedKey(certificate, Pem.readPrivateKey(read(keyFile)));
            List<X509Certificate> pinned = Files.exists(caFile) ? Pem.readCertificates(read(caFile)) : List.of();
            return new ClientSettings(commonName(certificate), conf.servers(), identity, pinned,
                    conf.receiveTimeout(), conf.tcpKeepAlive(), 1, InstantSource.system());
        } catch (IOException e) {
            throw new LunaClientException(ReturnCodes.RC_FILE_ERROR, "cannot load the client certificates: "
                    + e.getMessage(), e);
        }
    }

    public ClientSettings withReceiveTimeout(Duration timeout) {
        return new ClientSettings(clientName, servers, identity, pinnedServers, timeout, tcpKeepAlive,
                connectionsPerServer, clock);
    }

    public ClientSettings withConnectionsPerServer(int connections) {
        return new ClientSettings(clientName, servers, identity, pinnedServers, receiveTimeout, tcpKeepAlive,
                connections, clock);
    }

    public ClientSettings withClock(InstantSource newClock) {
        return new ClientSettings(clientName, servers, identity, pinnedServers, receiveTimeout, tcpKeepAlive,
                connectionsPerServer, newClock);
    }

    /** The CN of a certificate subject, or the whole subject if it has none. */
    static String commonName(X509Certificate certificate) {
        String subject = certificate.getSubjectX500Principal().getName();
        try {
            for (Rdn rdn : new LdapName(subject).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN")) {
                    return String.valueOf(rdn.getValue());
                }
            }
        } catch (InvalidNameException e) {
            return subject;
        }
        return subject;
    }

    private static Path required(Path file, String key) {
        if (file == null) {
            throw new LunaClientException(ReturnCodes.RC_FILE_ERROR,
                    ChrystokiConf.CLIENT_SECTION + " has no " + key + " in Chrystoki.conf");
        }
        return file;
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.US_ASCII);
    }
}
