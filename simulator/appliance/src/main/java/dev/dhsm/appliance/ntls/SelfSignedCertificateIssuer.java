package dev.dhsm.appliance.ntls;

import dev.dhsm.model.CertificateIssuer;
import dev.dhsm.model.ServerCertificate;
import dev.dhsm.wire.tls.CertifiedKey;
import dev.dhsm.wire.tls.Pem;
import dev.dhsm.wire.tls.SelfSignedCertificates;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Objects;

/**
 * Makes the appliance's NTLS server certificate as {@code sysconf regenCert} does: self-signed X.509 v3,
 * RSA-2048, SHA256withRSA, serial number 0, subject {@code C=CA, ST=Ontario, L=Ottawa, O=Chrysalis-ITS,
 * CN=<HSM serial>}, handed to the model as PEM text (the certificate and an unencrypted PKCS#8 key).
 */
public final class SelfSignedCertificateIssuer implements CertificateIssuer {

    private final SelfSignedCertificates certificates;

    /** An issuer drawing key material from a fresh {@link SecureRandom}. */
    public SelfSignedCertificateIssuer() {
        this(new SecureRandom());
    }

    /** An issuer drawing key material from {@code random}; a seeded one makes tests repeatable. */
    public SelfSignedCertificateIssuer(SecureRandom random) {
        this.certificates = new SelfSignedCertificates(Objects.requireNonNull(random, "random"));
    }

    @Override
    public ServerCertificate issue(String commonName, Instant notBefore, Instant notAfter) {
        CertifiedKey made = certificates.applianceCertificate(commonName, BigInteger.ZERO, notBefore, notAfter);
        return new ServerCertificate(Pem.write(made.certificate()), Pem.write(made.privateKey()), notBefore,
                notAfter);
    }
}
