package dev.dhsm.appliance.ntls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dhsm.model.ServerCertificate;
import dev.dhsm.wire.tls.Pem;
import java.math.BigInteger;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.util.Date;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.junit.jupiter.api.Test;

class SelfSignedCertificateIssuerTest {

    @Test
    void theServerCertificateIsSelfSignedRsa2048WithTheChrysalisSubjectAndTheHsmSerial() throws Exception {
        ServerCertificate made = FakeCertificateIssuer.FIRST;
        X509Certificate certificate = Pem.readCertificate(made.certificatePem());

        assertEquals("C=CA,ST=Ontario,L=Ottawa,O=Chrysalis-ITS,CN=572413",
                new JcaX509CertificateHolder(certificate).getSubject().toString());
        assertEquals(certificate.getSubjectX500Principal(), certificate.getIssuerX500Principal());
        assertEquals(BigInteger.ZERO, certificate.getSerialNumber());
        assertEquals("SHA256withRSA", certificate.getSigAlgName());
        assertEquals(2048, ((RSAPublicKey) certificate.getPublicKey()).getModulus().bitLength());
        assertEquals(Date.from(FakeCertificateIssuer.FROM), certificate.getNotBefore());
        assertEquals(Date.from(FakeCertificateIssuer.UNTIL), certificate.getNotAfter());
        assertEquals(FakeCertificateIssuer.FROM, made.notBefore());
        certificate.verify(certificate.getPublicKey());
        PrivateKey key = Pem.readPrivateKey(made.privateKeyPem());
        assertTrue(made.privateKeyPem().startsWith("-----BEGIN PRIVATE KEY-----"));
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update(new byte[] {1, 2, 3});
        byte[] signed = signature.sign();
        signature.initVerify(certificate);
        signature.update(new byte[] {1, 2, 3});
        assertTrue(signature.verify(signed));
    }
}
