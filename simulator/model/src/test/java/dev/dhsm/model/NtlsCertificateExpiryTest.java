package dev.dhsm.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NtlsCertificateExpiryTest {
    private final ModelFixture f = new ModelFixture();
    private final Appliance a = f.appliance;
    private final List<ApplianceEvent> events = new ArrayList<>();
    private int issued;

    /** Certificates as text that says what was asked for: no X.509 needed to test the model. */
    private final CertificateIssuer issuer = (cn, from, to) -> {
        issued++;
        return new ServerCertificate("CERT " + cn + " " + from + " " + to + " #" + issued, "KEY #" + issued, from, to);
    };

    @Test
    void anExpiredCertificateIsInUseAtOnceAndNoLongerValid() {
        ServerCertificate original = a.transact(tx -> tx.ntls().ensureServerCertificate(issuer));
        f.clock.advance(java.time.Duration.ofDays(30));
        a.onEvent(events::add);
        Instant now = f.clock.now();

        ServerCertificate expired = a.transact(tx -> tx.ntls().expireCertificate(issuer));

        assertEquals(expired, a.transact(tx -> tx.ntls().active()));
        assertNotEquals(original, expired);
        assertEquals(original.notBefore(), expired.notBefore());
        assertTrue(expired.notAfter().isBefore(now));
        assertFalse(expired.validAt(now));
        assertEquals(List.of(ApplianceEvent.NTLS_RESTARTED), events);
        assertEquals(expired.certificatePem(), new String(f.files.read("tenantadmin", NtlsOperations.SERVER_PEM)
                .orElseThrow(), StandardCharsets.US_ASCII));
    }

    @Test
    void regeneratingAndRestartingNtlsBringsAValidCertificateBack() {
        a.transact(tx -> tx.ntls().expireCertificate(issuer));
        a.run(tx -> tx.ntls().regenerate(issuer));
        assertFalse(a.transact(tx -> tx.ntls().active()).validAt(f.clock.now()));
        a.run(tx -> tx.ntls().restart());
        assertTrue(a.transact(tx -> tx.ntls().active()).validAt(f.clock.now()));
    }

    @Test
    void anApplianceWithoutACertificateYetGetsOneThatIsAlreadyExpired() {
        ServerCertificate expired = a.transact(tx -> tx.ntls().expireCertificate(issuer));
        assertEquals(2, issued);
        assertFalse(expired.validAt(f.clock.now()));
        assertTrue(expired.notBefore().isBefore(expired.notAfter()));
    }
}
