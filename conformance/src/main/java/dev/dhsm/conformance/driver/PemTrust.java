package dev.dhsm.conformance.driver;

import dev.dhsm.conformance.target.TargetException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** TLS client contexts that trust exactly the certificates of a PEM file, such as the emulator's {@code arm-ca.pem}. */
public final class PemTrust {
    private PemTrust() {
    }

    /**
     * An SSL context trusting every certificate in {@code caFile} and nothing else.
     *
     * @param what names the file in errors, e.g. {@code the control API's CA file}
     * @throws TargetException when the file cannot be read or holds no usable certificate
     */
    public static SSLContext sslContext(Path caFile, String what) {
        try (InputStream in = Files.newInputStream(caFile)) {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int n = 0;
            for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                store.setCertificateEntry("ca" + n++, c);
            }
            if (n == 0) {
                throw new TargetException("no certificate in " + what + " " + caFile);
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), null);
            return context;
        } catch (IOException e) {
            throw new TargetException("cannot read " + what + " " + caFile + ": " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new TargetException(what + " " + caFile + " is not usable: " + e.getMessage(), e);
        }
    }
}
