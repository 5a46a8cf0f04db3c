package dev.dhsm.wire.tls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.security.interfaces.RSAPublicKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import org.bouncycastle.asn1.x500.X500Name;
import org.junit.jupiter.api.Test;

class SelfSignedCertificatesTest {

    @Test
    void theApplianceCertificateHasTheChrysalisLayout() throws Exception {
        X509Certificate certificate = TestCertificates.APPLIANCE.certificate();

        assertEquals("C=CA,ST=Ontario,L=Ottawa,O=Chrysalis-ITS,CN=1234567",
                X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()).toString());
        assertEquals(certificate.getSubjectX500Principal(), certificate.getIssuerX500Principal());
        assertEquals(BigInteger.ZERO, certificate.getSerialNumber());
        assertEquals("SHA256withRSA", certificate.getSigAlgName());
        assertEquals(3, certificate.getVersion());
        assertEquals(2048, ((RSAPublicKey) certificate.getPublicKey()).getModulus().bitLength());
        certificate.verify(certificate.getPublicKey());
    }

    @Test
    void validityIsExactlyWhatTheCallerGave() {
        X509Certificate certificate = TestCertificates.CLIENT.certificate();

        assertEquals(TestCertificates.NOW.minus(Duration.ofDays(1)), certificate.getNotBefore().toInstant());
        assertEquals(TestCertificates.NOW.plus(Duration.ofDays(3653)), certificate.getNotAfter().toInstant());
        assertEquals(BigInteger.ONE, certificate.getSerialNumber());
    }

    @Test
    void aSeededRandomSourceMakesTheSameCertificateAgain() throws Exception {
        CertifiedKey again = new SelfSignedCertificates(TestCertificates.seeded(1792)).applianceCertificate(
                "1234567", BigInteger.ZERO, TestCertificates.NOW.minus(Duration.ofDays(1)),
                TestCertificates.NOW.plus(Duration.ofDays(3653)));

        assertArrayEquals(TestCertificates.APPLIANCE.certificate().getEncoded(), again.certificate().getEncoded());
    }

    @Test
    void validityMustNotBeEmpty() {
        SelfSignedCertificates factory = new SelfSignedCertificates(TestCertificates.seeded(1));

        assertThrows(IllegalArgumentException.class, () -> factory.clientCertificate("c", BigInteger.ONE,
                TestCertificates.NOW, TestCertificates.NOW));
    }
}
