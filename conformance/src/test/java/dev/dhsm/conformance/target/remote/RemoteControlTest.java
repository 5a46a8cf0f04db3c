package dev.dhsm.conformance.target.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dhsm.app.junit.DhsmAppliance;
import dev.dhsm.app.junit.DhsmHandle;
import dev.dhsm.conformance.target.TargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The suite's side of the HTTPS control API against a real one: the clock, faults, errors, and the CA it trusts. */
@DhsmAppliance(https = true)
class RemoteControlTest {
    @Test
    void movesTheClockAndTellsTheClientHost(DhsmHandle hsm) {
        ControlApiClient api = new ControlApiClient(hsm.controlUri(), hsm.caCertificate(), Duration.ofSeconds(10));
        AtomicReference<Instant> told = new AtomicReference<>();
        RemoteControl control = new RemoteControl(api, hsm.applianceIds().get(0), told::set);
        Instant before = control.clock();
        control.advanceClock(Duration.ofMinutes(10));
        assertEquals(before.plus(Duration.ofMinutes(10)), control.clock());
        assertEquals(control.clock(), told.get());
    }

    @Test
    void blocksTheNtlsPortAsTheControlApiReportsIt(DhsmHandle hsm) {
        ControlApiClient api = new ControlApiClient(hsm.controlUri(), hsm.caCertificate(), Duration.ofSeconds(10));
        String id = hsm.applianceIds().get(0);
        new RemoteControl(api, id, t -> { }).blockNtlsPort(true);
        assertTrue(api.get("appliances/" + id).path("faults").path("ntlsPortBlocked").asBoolean());
        new RemoteControl(api, id, t -> { }).blockNtlsPort(false);
        assertTrue(!api.get("appliances/" + id).path("faults").path("ntlsPortBlocked").asBoolean());
    }

    @Test
    void anErrorAnswerCarriesTheApisCodeAndMessage(DhsmHandle hsm) {
        ControlApiClient api = new ControlApiClient(hsm.controlUri(), hsm.caCertificate(), Duration.ofSeconds(10));
        TargetException e = assertThrows(TargetException.class, () -> api.get("appliances/no-such-hsm"));
        assertTrue(e.getMessage().contains("404") && e.getMessage().contains("ApplianceNotFound"), e.getMessage());
    }

    @Test
    void aServerSignedByAnotherCaIsNotTrusted(DhsmHandle hsm, @TempDir Path dir) throws Exception {
        Path otherCa = Files.writeString(dir.resolve("other.pem"), selfSignedPem());
        ControlApiClient api = new ControlApiClient(hsm.controlUri(), otherCa, Duration.ofSeconds(10));
        TargetException e = assertThrows(TargetException.class, () -> api.get("clock"));
        assertTrue(e.getMessage().contains("unreachable"), e.getMessage());
    }

    /** A CA certificate that did not sign the emulator's: the one this test's own JDK trusts least, a fresh one. */
    private static String selfSignedPem() throws Exception {
        java.security.KeyPairGenerator g = java.security.KeyPairGenerator.getInstance("EC");
        g.initialize(256);
        java.security.KeyPair kp = g.generateKeyPair();
        org.bouncycastle.asn1.x500.X500Name name = new org.bouncycastle.asn1.x500.X500Name("CN=Someone else");
        java.math.BigInteger serial = java.math.BigInteger.ONE;
        java.util.Date from = new java.util.Date(0);
        java.util.Date to = new java.util.Date(4102444800000L);
        org.bouncycastle.cert.X509CertificateHolder holder = new org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder(
                name, serial, from, to, name, kp.getPublic()).build(
                new org.bouncycastle.operator.jcajce.JcaContentSignerBuilder("SHA256withECDSA").build(kp.getPrivate()));
        return "-----BEGIN CERTIFICATE-----\n"
                + java.util.Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(holder.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
    }
}
