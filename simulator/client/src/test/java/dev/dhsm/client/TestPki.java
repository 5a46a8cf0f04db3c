package dev.dhsm.client;

import dev.dhsm.wire.tls.CertifiedKey;
import dev.dhsm.wire.tls.Pem;
import dev.dhsm.wire.tls.SelfSignedCertificates;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Certificates the client tests share, in the NTLS subject layout. They all use one fixed RSA-2048 test key (a
 * test resource), so no test pays for key generation and every run makes the same certificates; the NTLS trust
 * rules compare whole certificates, never keys.
 */
public final class TestPki {

    public static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final Duration YEAR = Duration.ofDays(365);
    private static final PrivateKey KEY = loadKey();
    private static final PublicKey PUBLIC = publicOf(KEY);

    public static final CertifiedKey APPLIANCE_A = certify("1234567", 0);
    public static final CertifiedKey APPLIANCE_B = certify("7654321", 0);
    public static final CertifiedKey CLIENT = certify("client-01", 1);
    public static final CertifiedKey STRANGER = certify("stranger", 2);

    private TestPki() {
    }

    /** A self-signed NTLS certificate for {@code cn}, valid a year either side of {@link #NOW}. */
    public static CertifiedKey certify(String cn, long serial) {
        return certify(cn, serial, NOW.minus(YEAR), NOW.plus(YEAR));
    }

    /** A self-signed NTLS certificate for {@code cn} with the given validity. */
    public static CertifiedKey certify(String cn, long serial, Instant notBefore, Instant notAfter) {
        try {
            X500Name name = SelfSignedCertificates.subject(cn);
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(serial),
                    Date.from(notBefore), Date.from(notAfter), name, PUBLIC);
            return new CertifiedKey(new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(KEY))), KEY);
        } catch (Exception e) {
            throw new IllegalStateException("cannot make a test certificate", e);
        }
    }

    private static PrivateKey loadKey() {
        try (InputStream in = TestPki.class.getResourceAsStream("/test-rsa-key.pem")) {
            return Pem.readPrivateKey(new String(in.readAllBytes(), StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PublicKey publicOf(PrivateKey key) {
        try {
            RSAPrivateCrtKey rsa = (RSAPrivateCrtKey) key;
            return KeyFactory.getInstance("RSA").generatePublic(
                    new RSAPublicKeySpec(rsa.getModulus(), rsa.getPublicExponent()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
