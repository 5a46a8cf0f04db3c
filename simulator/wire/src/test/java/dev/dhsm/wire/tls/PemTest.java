package dev.dhsm.wire.tls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.security.PrivateKey;
import java.util.List;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.junit.jupiter.api.Test;

class PemTest {

    @Test
    void aCertificateSurvivesPem() throws IOException {
        String pem = Pem.write(TestCertificates.APPLIANCE.certificate());

        assertTrue(pem.startsWith("-----BEGIN CERTIFICATE-----"));
        assertEquals(TestCertificates.APPLIANCE.certificate(), Pem.readCertificate(pem));
    }

    @Test
    void aPrivateKeyIsWrittenAsPkcs8AndReadBack() throws IOException {
        PrivateKey key = TestCertificates.CLIENT.privateKey();
        String pem = Pem.write(key);

        assertTrue(pem.startsWith("-----BEGIN PRIVATE KEY-----"), pem);
        assertArrayEquals(key.getEncoded(), Pem.readPrivateKey(pem).getEncoded());
    }

    @Test
    void aTraditionalRsaKeyIsReadToo() throws IOException {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(TestCertificates.CLIENT.privateKey());
        }
        assertTrue(text.toString().startsWith("-----BEGIN RSA PRIVATE KEY-----"));

        assertArrayEquals(TestCertificates.CLIENT.privateKey().getEncoded(),
                Pem.readPrivateKey(text.toString()).getEncoded());
    }

    @Test
    void aCaFileWithSeveralCertificatesReadsInOrder() throws IOException {
        String caFile = Pem.write(TestCertificates.APPLIANCE.certificate())
                + Pem.write(TestCertificates.OTHER_APPLIANCE.certificate());

        assertEquals(List.of(TestCertificates.APPLIANCE.certificate(), TestCertificates.OTHER_APPLIANCE.certificate()),
                Pem.readCertificates(caFile));
        assertThrows(IOException.class, () -> Pem.readCertificate(caFile));
    }

    @Test
    void textWithoutAKeyIsAnError() {
        String certificateOnly = Pem.write(TestCertificates.APPLIANCE.certificate());

        assertThrows(IOException.class, () -> Pem.readPrivateKey(certificateOnly));
        assertThrows(IOException.class, () -> Pem.readCertificate("not pem at all"));
    }
}
