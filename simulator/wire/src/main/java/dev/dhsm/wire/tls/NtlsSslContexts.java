package dev.dhsm.wire.tls;

import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLException;

/**
 * Builds the Netty TLS contexts of NTLS, both ends on BouncyCastle JSSE: the appliance's listener on port 1792
 * (its {@code server.pem} identity, client certificates required and checked against the registered clients)
 * and the Luna client's connection (its own certificate, the appliance certificate pinned).
 *
 * <p>Both ends speak TLS 1.2 only, as appliance software 7.2 (OpenSSL 1.0.x) does, with the cipher suites in
 * {@link #CIPHER_SUITES}, strongest first. The exact list on a real 7.2 appliance is not published; this one is
 * the reference's suggestion (ECDHE-RSA-AES256-GCM-SHA384, ECDHE-RSA-AES128-GCM-SHA256, AES256-GCM-SHA384,
 * AES256-SHA256 in OpenSSL names) and is recorded in {@code docs/ntls-protocol.md}.
 */
public final class NtlsSslContexts {

    /** TLS 1.2 only. */
    public static final List<String> PROTOCOLS = List.of("TLSv1.2");

    /** The NTLS cipher suites, in preference order. */
    public static final List<String> CIPHER_SUITES = List.of(
            "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
            "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
            "TLS_RSA_WITH_AES_256_GCM_SHA384",
            "TLS_RSA_WITH_AES_256_CBC_SHA256");

    private static final char[] IN_MEMORY_PASSWORD = new char[0];

    private NtlsSslContexts() {
    }

    /**
     * The appliance's NTLS context: presents {@code identity}, requires a client certificate that
     * {@code clients} accepts.
     */
    public static SslContext forAppliance(CertifiedKey identity, RegisteredClientTrustManager clients)
            throws SSLException {
        return SslContextBuilder.forServer(keyManagers(identity))
                .sslProvider(SslProvider.JDK)
                .sslContextProvider(BouncyCastleJsse.jsse())
                .protocols(PROTOCOLS)
                .ciphers(CIPHER_SUITES)
                .clientAuth(ClientAuth.REQUIRE)
                .trustManager(clients)
                .build();
    }

    /** A Luna client's NTLS context: presents {@code identity}, accepts only the pinned appliance certificate. */
    public static SslContext forClient(CertifiedKey identity, PinnedServerTrustManager appliance) throws SSLException {
        return forClient(identity, appliance, CIPHER_SUITES);
    }

    /**
     * As {@link #forClient(CertifiedKey, PinnedServerTrustManager)}, offering only {@code cipherSuites} (tests,
     * diagnostics).
     */
    public static SslContext forClient(CertifiedKey identity, PinnedServerTrustManager appliance,
                                       List<String> cipherSuites) throws SSLException {
        return SslContextBuilder.forClient()
                .keyManager(keyManagers(identity))
                .sslProvider(SslProvider.JDK)
                .sslContextProvider(BouncyCastleJsse.jsse())
                .protocols(PROTOCOLS)
                .ciphers(cipherSuites)
                .trustManager(appliance)
                // Deliberate: the appliance certificate's CN is its HSM serial and it has no subject alternative
                // names, so HTTPS host name checking (Netty's client default) would refuse every real appliance.
                // The server is identified instead by PinnedServerTrustManager, which accepts exactly the pinned
                // server.pem and nothing else - a stronger check than a host name match.
                .endpointIdentificationAlgorithm(null)
                .build();
    }

    private static KeyManagerFactory keyManagers(CertifiedKey identity) throws SSLException {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("ntls", identity.privateKey(), IN_MEMORY_PASSWORD,
                    new Certificate[] {identity.certificate()});
            KeyManagerFactory factory = KeyManagerFactory.getInstance("PKIX", BouncyCastleJsse.jsse());
            factory.init(store, IN_MEMORY_PASSWORD);
            return factory;
        } catch (GeneralSecurityException | IOException e) {
            throw new SSLException("cannot load the NTLS identity " + identity, e);
        }
    }
}
