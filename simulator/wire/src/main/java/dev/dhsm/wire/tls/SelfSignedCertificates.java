package dev.dhsm.wire.tls;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Makes NTLS certificates the way the appliance ({@code sysconf regenCert}) and the client tools
 * ({@code vtl createCert}) do: self-signed X.509 v3, RSA-2048, SHA256withRSA, subject and issuer
 * {@code C=CA, ST=Ontario, L=Ottawa, O=Chrysalis-ITS, CN=<cn>}, where the appliance's CN is its HSM serial and a
 * client's CN is its name.
 *
 * <p>Validity is always given by the caller from its own clock; this class never reads the time. Key material
 * comes from the {@link SecureRandom} given at construction: a seeded one makes tests repeatable.
 */
public final class SelfSignedCertificates {

    private static final int RSA_BITS = 2048;
    private static final String SIGNATURE_ALGORITHM = "SHA256withRSA";

    private final SecureRandom random;

    public SelfSignedCertificates(SecureRandom random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * The appliance's NTLS server certificate ({@code server.pem}).
     *
     * @param hsmSerial the CN: the HSM serial number, e.g. {@code 679797}
     * @param serial    the certificate serial number (the real appliance uses 0)
     */
    public CertifiedKey applianceCertificate(String hsmSerial, BigInteger serial, Instant notBefore, Instant notAfter) {
        return create(hsmSerial, serial, notBefore, notAfter);
    }

    /**
     * A client's NTLS certificate, to be registered on the appliance with {@code client register}.
     *
     * @param clientName the CN: the client's name as registered
     * @param serial     the certificate serial number
     */
    public CertifiedKey clientCertificate(String clientName, BigInteger serial, Instant notBefore, Instant notAfter) {
        return create(clientName, serial, notBefore, notAfter);
    }

    /** {@code C=CA, ST=Ontario, L=Ottawa, O=Chrysalis-ITS, CN=<cn>}, in that order. */
    public static X500Name subject(String cn) {
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "CA")
                .addRDN(BCStyle.ST, "Ontario")
                .addRDN(BCStyle.L, "Ottawa")
                .addRDN(BCStyle.O, "Chrysalis-ITS")
                .addRDN(BCStyle.CN, cn)
                .build();
    }

    private CertifiedKey create(String cn, BigInteger serial, Instant notBefore, Instant notAfter) {
        try {
            return certify(rsaKeyPair(), cn, serial, notBefore, notAfter);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot make an RSA-2048 key pair", e);
        }
    }

    /**
     * A certificate on an existing key pair, signed with it; tests and test fleets use it to avoid generating a key
     * per certificate.
     */
    public CertifiedKey certify(KeyPair keys, String cn, BigInteger serial, Instant notBefore, Instant notAfter) {
        Objects.requireNonNull(cn, "cn");
        Objects.requireNonNull(serial, "serial");
        if (!notAfter.isAfter(notBefore)) {
            throw new IllegalArgumentException("notAfter " + notAfter + " is not after notBefore " + notBefore);
        }
        try {
            X500Name name = subject(cn);
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serial,
                    Date.from(notBefore), Date.from(notAfter), name, keys.getPublic());
            ContentSigner signer = new JcaContentSignerBuilder(SIGNATURE_ALGORITHM)
                    .setSecureRandom(random)
                    .build(keys.getPrivate());
            X509CertificateHolder holder = builder.build(signer);
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(holder);
            return new CertifiedKey(certificate, keys.getPrivate());
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("the JDK cannot make an RSA-2048 SHA256withRSA certificate", e);
        }
    }

    /** A fresh RSA-2048 key pair from this factory's random source. */
    public KeyPair rsaKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(RSA_BITS, random);
        return generator.generateKeyPair();
    }
}
