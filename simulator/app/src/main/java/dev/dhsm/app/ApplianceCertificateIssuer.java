package dev.dhsm.app;

import dev.dhsm.model.CertificateIssuer;
import dev.dhsm.model.ServerCertificate;
import dev.dhsm.wire.tls.CertifiedKey;
import dev.dhsm.wire.tls.Pem;
import dev.dhsm.wire.tls.SelfSignedCertificates;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Instant;

/**
 * Makes the appliance's NTLS server certificate as {@code sysconf regenCert} does (self-signed, RSA-2048, serial
 * number 0, CN = the HSM serial), for lunash and the control plane's certificate expiry. The NTLS branch brings
 * {@code dev.dhsm.appliance.ntls.SelfSignedCertificateIssuer}, which does the same: use that one once it is on
 * main and delete this class.
 */
final class ApplianceCertificateIssuer implements CertificateIssuer {
    private final SelfSignedCertificates certificates = new SelfSignedCertificates(new SecureRandom());

    @Override
    public ServerCertificate issue(String commonName, Instant notBefore, Instant notAfter) {
        CertifiedKey made = certificates.applianceCertificate(commonName, BigInteger.ZERO, notBefore, notAfter);
        return new ServerCertificate(Pem.write(made.certificate()), Pem.write(made.privateKey()), notBefore,
                notAfter);
    }
}
