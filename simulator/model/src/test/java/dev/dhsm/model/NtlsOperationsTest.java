package dev.dhsm.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class NtlsOperationsTest {
    private final PartitionFixture pf = new PartitionFixture();
    private final Appliance a = pf.f.appliance;
    private final String app1 = fingerprint(PartitionFixture.resource("/app1.pem"));

    @Test
    void aRegisteredCertificateIsAdmittedFromItsRegisteredAddress() {
        assertEquals("app1", a.transact(tx -> tx.ntls().admit(app1, "127.0.0.1")).orElseThrow().name());
    }

    @Test
    void anUnknownCertificateIsNeverAdmitted() {
        assertTrue(a.transact(tx -> tx.ntls().admit("00:11", "127.0.0.1")).isEmpty());
    }

    @Test
    void ipcheckRefusesAnIpRegisteredClientFromAnotherAddressUntilItIsDisabled() {
        assertTrue(a.transact(tx -> tx.ntls().admit(app1, "10.1.2.3")).isEmpty());
        a.run(tx -> tx.ntls().setIpCheck(false));
        assertEquals("app1", a.transact(tx -> tx.ntls().admit(app1, "10.1.2.3")).orElseThrow().name());
    }

    @Test
    void ipcheckDoesNotApplyToAClientRegisteredByHostName() {
        a.run(tx -> tx.clients().delete("app1"));
        a.run(tx -> tx.clients().register(pf.f.ssh, "app1", "app1.example.com", false));
        assertEquals("app1", a.transact(tx -> tx.ntls().admit(app1, "10.1.2.3")).orElseThrow().name());
    }

    @Test
    void aRemovedEventListenerHearsNothingMore() {
        List<ApplianceEvent> heard = new ArrayList<>();
        Consumer<ApplianceEvent> listener = heard::add;
        a.onEvent(listener);
        a.run(tx -> tx.ntls().restart());
        a.removeEventListener(listener);
        a.run(tx -> tx.ntls().restart());
        assertEquals(List.of(ApplianceEvent.NTLS_RESTARTED), heard);
    }

    private static String fingerprint(byte[] pem) {
        try {
            return ClientOperations.fingerprint((X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pem)));
        } catch (java.security.cert.CertificateException e) {
            throw new IllegalStateException(e);
        }
    }
}
