package dev.dhsm.appliance.ntls;

import dev.dhsm.model.Appliance;
import dev.dhsm.model.CertificateIssuer;
import dev.dhsm.model.ServerCertificate;
import dev.dhsm.wire.tls.CertifiedKey;
import dev.dhsm.wire.tls.NtlsSslContexts;
import dev.dhsm.wire.tls.Pem;
import dev.dhsm.wire.tls.RegisteredClientTrustManager;
import io.netty.handler.ssl.SslContext;
import java.io.IOException;
import java.util.Objects;

/**
 * The TLS side of the appliance's NTLS service: the server certificate in use ({@code server.pem}, made at first
 * start; a regenerated one only after {@code service restart ntls}), TLS 1.2 with the NTLS cipher suites, and a
 * client certificate required to be one registered now and valid by the appliance clock.
 */
final class NtlsServerTls {

    /** The context built for one server certificate. */
    private record Current(ServerCertificate certificate, SslContext context) {
    }

    private final Appliance appliance;
    private final CertificateIssuer issuer;
    private final RegisteredClientTrustManager clients;
    private volatile Current current;

    NtlsServerTls(Appliance appliance, CertificateIssuer issuer) {
        this.appliance = Objects.requireNonNull(appliance, "appliance");
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.clients = new RegisteredClientTrustManager(new RegisteredCertificates(appliance),
                () -> appliance.clock().now());
    }

    /** The context new connections handshake with. */
    SslContext context() {
        return current.context();
    }

    /** Serves the certificate the model has in use now (making one on first start); rebuilt only when it changed. */
    void refresh() throws IOException {
        ServerCertificate active = appliance.transact(tx -> tx.ntls().ensureServerCertificate(issuer));
        Current known = current;
        if (known != null && known.certificate().equals(active)) {
            return;
        }
        CertifiedKey identity = new CertifiedKey(Pem.readCertificate(active.certificatePem()),
                Pem.readPrivateKey(active.privateKeyPem()));
        current = new Current(active, NtlsSslContexts.forAppliance(identity, clients));
    }
}
