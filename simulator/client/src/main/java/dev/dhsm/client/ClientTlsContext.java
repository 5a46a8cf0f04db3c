package dev.dhsm.client;

import dev.dhsm.wire.tls.BouncyCastleJsse;
import dev.dhsm.wire.tls.CertifiedKey;
import dev.dhsm.wire.tls.NtlsSslContexts;
import dev.dhsm.wire.tls.PinnedServerTrustManager;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.InstantSource;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLException;

/**
 * The Luna client's TLS context for NTLS: the same protocol, cipher suites and BouncyCastle JSSE as the wire
 * module's {@link NtlsSslContexts#forClient}, but trusting every certificate pinned in {@code CAFile.pem} (one per
 * appliance) through the wire module's {@link PinnedServerTrustManager}. Host names are not checked, for the reason the wire module gives:
 * an appliance certificate names its HSM serial, and the pinned-certificate comparison is the stronger check.
 */
final class ClientTlsContext {

    private static final char[] IN_MEMORY_PASSWORD = new char[0];

    private ClientTlsContext() {
    }

    static SslContext build(CertifiedKey identity, List<X509Certificate> pinned, InstantSource clock) {
        try {
            return SslContextBuilder.forClient()
                    .keyManager(keyManagers(identity))
                    .sslProvider(SslProvider.JDK)
                    .sslContextProvider(BouncyCastleJsse.jsse())
                    .protocols(NtlsSslContexts.PROTOCOLS)
                    .ciphers(NtlsSslContexts.CIPHER_SUITES)
                    .trustManager(new PinnedServerTrustManager(pinned, clock))
                    .endpointIdentificationAlgorithm(null)
                    .build();
        } catch (SSLException e) {
            throw new LunaClientException(ReturnCodes.RC_FILE_ERROR, "cannot set up TLS with the client certificate: "
                    + e.getMessage(), e);
        }
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
            throw new SSLException("cannot load the client identity " + identity, e);
        }
    }
}
