package dev.dhsm.wire.tls;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.util.io.pem.PemObjectGenerator;

/**
 * Reads and writes the PEM files NTLS setup moves around: {@code server.pem} / {@code CAFile.pem}, a client's
 * {@code <name>.pem} and its PKCS#8 private key. Unencrypted keys only, as {@code vtl createCert} writes them.
 */
public final class Pem {

    private Pem() {
    }

    /** A certificate as a {@code -----BEGIN CERTIFICATE-----} block. */
    public static String write(X509Certificate certificate) {
        return writeObject(certificate);
    }

    /** A private key as an unencrypted PKCS#8 {@code -----BEGIN PRIVATE KEY-----} block. */
    public static String write(PrivateKey key) {
        try {
            return writeObject(new JcaPKCS8Generator(key, null));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the private key as PKCS#8", e);
        }
    }

    /** Every certificate in a PEM text ({@code CAFile.pem} may hold several), in file order. */
    public static List<X509Certificate> readCertificates(String pem) throws IOException {
        List<X509Certificate> certificates = new ArrayList<>();
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            for (Object item = parser.readObject(); item != null; item = parser.readObject()) {
                if (item instanceof X509CertificateHolder holder) {
                    certificates.add(new JcaX509CertificateConverter().getCertificate(holder));
                }
            }
        } catch (CertificateException e) {
            throw new IOException("a PEM certificate does not decode", e);
        }
        return certificates;
    }

    /** The one certificate of a PEM text such as {@code server.pem}. */
    public static X509Certificate readCertificate(String pem) throws IOException {
        List<X509Certificate> certificates = readCertificates(pem);
        if (certificates.size() != 1) {
            throw new IOException("expected one PEM certificate, found " + certificates.size());
        }
        return certificates.get(0);
    }

    /** The private key of a PEM text: PKCS#8 ({@code PRIVATE KEY}) or traditional ({@code RSA PRIVATE KEY}). */
    public static PrivateKey readPrivateKey(String pem) throws IOException {
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
            for (Object item = parser.readObject(); item != null; item = parser.readObject()) {
                if (item instanceof PrivateKeyInfo info) {
                    return converter.getPrivateKey(info);
                }
                if (item instanceof PEMKeyPair pair) {
                    return converter.getPrivateKey(pair.getPrivateKeyInfo());
                }
            }
        }
        throw new IOException("no unencrypted private key in the PEM text");
    }

    private static String writeObject(Object object) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            if (object instanceof PemObjectGenerator generator) {
                writer.writeObject(generator);
            } else {
                writer.writeObject(object);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode " + object.getClass().getSimpleName() + " as PEM", e);
        }
        return text.toString();
    }
}
