package dev.dhsm.appliance.ntls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dhsm.model.CertificateIssuer;
import dev.dhsm.model.ServerCertificate;
import dev.dhsm.wire.tls.Pem;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeyPoolCertificateIssuerTest {
    private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2036-01-01T00:00:00Z");

    @Test
    void consecutiveCertificatesHaveDistinctKeysUntilThePoolWrapsAround() throws Exception {
        KeyPoolCertificateIssuer issuer = new KeyPoolCertificateIssuer(3);
        List<X509Certificate> made = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            made.add(certificate(issuer.issue("57241" + i, FROM, TO)));
        }
        Set<Object> firstThree = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            firstThree.add(made.get(i).getPublicKey());
        }
        assertEquals(3, firstThree.size(), "the first three certificates share a key");
        assertEquals(3, issuer.size());
        assertEquals(made.get(0).getPublicKey(), made.get(3).getPublicKey(), "the fourth reuses the first pair");
        assertEquals(made.get(1).getPublicKey(), made.get(4).getPublicKey());
        assertNotEquals(made.get(3).getPublicKey(), made.get(4).getPublicKey());
    }

    @Test
    void aReusedKeyStillGetsACertificateOfItsOwn() throws Exception {
        KeyPoolCertificateIssuer issuer = new KeyPoolCertificateIssuer(2);
        X509Certificate a = certificate(issuer.issue("572413", FROM, TO));
        issuer.issue("572414", FROM, TO);
        X509Certificate c = certificate(issuer.issue("572415", FROM, TO));
        assertEquals(a.getPublicKey(), c.getPublicKey());
        assertEquals("CN=572415,O=Chrysalis-ITS,L=Ottawa,ST=Ontario,C=CA", c.getSubjectX500Principal().getName());
        assertNotEquals(a.getSubjectX500Principal(), c.getSubjectX500Principal());
        c.verify(c.getPublicKey());
    }

    @Test
    void regenCertAlwaysChangesTheAppliancesKeyEvenWhenAnotherApplianceHasTheSameSerial() throws Exception {
        KeyPoolCertificateIssuer pool = new KeyPoolCertificateIssuer(2);
        CertificateIssuer mine = pool.forAppliance();
        CertificateIssuer twin = pool.forAppliance();
        X509Certificate previous = certificate(mine.issue("572413", FROM, TO));
        for (int i = 0; i < 6; i++) {
            twin.issue("572413", FROM, TO);
            X509Certificate now = certificate(mine.issue("572413", FROM, TO));
            assertNotEquals(previous.getPublicKey(), now.getPublicKey(), "regenCert " + i + " kept the key");
            assertNotEquals(previous, now, "regenCert " + i + " made the same certificate");
            previous = now;
        }
        assertEquals(2, pool.size());
    }

    @Test
    void aPoolOfOneWouldGiveRegenCertTheSameKeyAndIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new KeyPoolCertificateIssuer(1));
    }

    private static X509Certificate certificate(ServerCertificate made) throws Exception {
        return Pem.readCertificates(made.certificatePem()).get(0);
    }
}
