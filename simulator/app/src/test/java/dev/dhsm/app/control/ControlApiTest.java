package dev.dhsm.app.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dhsm.app.junit.DhsmAppliance;
import dev.dhsm.app.junit.DhsmHandle;
import dev.dhsm.model.Appliance;
import dev.dhsm.model.Channel;
import dev.dhsm.model.LoginOutcome;
import dev.dhsm.model.ShellSession;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The control API over real HTTPS, trusting the CA certificate the emulator wrote. */
@DhsmAppliance(https = true)
class ControlApiTest {
    private DhsmHandle dhsm;
    private ControlHttp http;

    @BeforeEach
    void factoryNew(DhsmHandle handle) {
        dhsm = handle;
        http = new ControlHttp(handle);
        handle.control().reset();
    }

    private Appliance appliance() {
        return dhsm.control().fleet().members().get(0).node().appliance();
    }

    @Test
    void theCaCertificateIsWrittenAsPem() throws IOException {
        assertTrue(Files.readString(dhsm.caCertificate()).startsWith("-----BEGIN CERTIFICATE-----"));
        assertEquals("arm-ca.pem", dhsm.caCertificate().getFileName().toString());
    }

    @Test
    void theClockIsReadAdvancedAndSet() throws Exception {
        Instant before = Instant.parse(http.get("clock").json().get("now").asText());
        ControlHttp.Answer advanced = http.post("clock/advance", "{\"duration\":\"PT10M\"}");
        assertEquals(200, advanced.status());
        assertEquals(before.plus(Duration.ofMinutes(10)), Instant.parse(advanced.json().get("now").asText()));
        assertEquals(before.plus(Duration.ofMinutes(10)), dhsm.clock().now());

        ControlHttp.Answer set = http.post("clock/set", "{\"instant\":\"2030-06-01T12:00:00Z\"}");
        assertEquals("2030-06-01T12:00:00Z", set.json().get("now").asText());
        assertTrue(set.json().get("offset").asText().startsWith("PT"), set.json().toString());

        ControlHttp.Answer backwards = http.post("clock/advance", "{\"duration\":\"-PT1M\"}");
        assertEquals(400, backwards.status());
        assertEquals("InvalidRequest", backwards.errorCode());
    }

    @Test
    void appliancesAreListedWithAddressKindStampAndReachability() throws Exception {
        JsonNode list = http.get("appliances").json();
        assertEquals("eastus", list.get("region").asText());
        JsonNode hsm1 = list.get("appliances").get(0);
        assertEquals("hsm1", hsm1.get("id").asText());
        assertEquals("CUSTOMER", hsm1.get("kind").asText());
        assertEquals(1, hsm1.get("stamp").asInt());
        assertEquals(dhsm.ssh().getAddress().getHostAddress() + ":" + dhsm.ssh().getPort(), hsm1.get("ssh").asText());
        assertTrue(hsm1.get("reachability").get("ssh").asBoolean());
        assertEquals("up", hsm1.get("reachability").get("reason").asText());

        assertEquals("hsm1", http.get("appliances/hsm1").json().get("id").asText());
        ControlHttp.Answer missing = http.get("appliances/hsm9");
        assertEquals(404, missing.status());
        assertEquals("ApplianceNotFound", missing.errorCode());
    }

    @Test
    void aBlockedPort1792ShowsInReachabilityAndSshStillAnswers() throws Exception {
        ControlHttp.Answer blocked = http.post("appliances/hsm1/faults", "{\"ntlsPortBlocked\":true}");
        assertEquals(200, blocked.status());
        JsonNode reach = blocked.json().get("reachability");
        assertFalse(reach.get("ntls").asBoolean());
        assertTrue(reach.get("ssh").asBoolean());
        assertEquals("TCP port 1792 is blocked", reach.get("reason").asText());
        assertTrue(blocked.json().get("faults").get("ntlsPortBlocked").asBoolean());

        JsonNode cleared = http.post("appliances/hsm1/faults", "{\"ntlsPortBlocked\":false,"
                + "\"rebootHangProbability\":0.25,\"seed\":42}").json();
        assertTrue(cleared.get("reachability").get("ntls").asBoolean());
        assertEquals(0.25, cleared.get("faults").get("rebootHangProbability").asDouble());
        assertEquals(42, cleared.get("faults").get("seed").asLong());
    }

    @Test
    void requestsThatMakeNoSenseAreJsonErrorsWithoutStackTraces() throws Exception {
        ControlHttp.Answer notJson = http.post("clock/advance", "{duration: soon");
        assertEquals(400, notJson.status());
        assertFalse(notJson.json().toString().contains("at com."), notJson.json().toString());
        assertEquals(400, http.post("clock/advance", "{}").status());
        assertEquals(400, http.post("clock/advance", "{\"duration\":\"ten minutes\"}").status());
        assertEquals(400, http.post("appliances/hsm1/faults", "{\"meteorStrike\":true}").status());
        assertEquals(400, http.post("appliances/hsm1/faults", "{\"rebootHangProbability\":1.5}").status());
        assertEquals(404, http.post("appliances/nope/faults", "{}").status());

        ControlHttp.Answer unknown = http.get("no-such-thing");
        assertEquals(404, unknown.status());
        assertEquals("NotFound", unknown.errorCode());
        assertEquals(405, http.get("reset").status());
        ControlHttp.Answer wireMockAdmin = http.get("/__admin/mappings");
        assertEquals(404, wireMockAdmin.status());
        assertTrue(wireMockAdmin.json().get("error").get("message").asText().contains("/__admin/dhsm/"));
    }

    @Test
    void aRequestRelayedFromAnotherMachineIsForbidden() throws Exception {
        ControlHttp.Answer relayed = http.get("clock", "X-Forwarded-For", "203.0.113.7");
        assertEquals(403, relayed.status());
        assertEquals("Forbidden", relayed.errorCode());
    }

    @Test
    void aSnapshotRestoresWhatItHeldAndResetMakesEverythingFactoryNew() throws Exception {
        ShellSession admin = appliance().login("tenantadmin", "PASSWORD", Channel.SSH, "test").session()
                .orElseThrow();
        appliance().transact(tx -> tx.accounts().changePassword(admin, "Snapshot-0ne"));
        ControlHttp.Answer snapshot = http.post("snapshot", "");
        assertEquals(200, snapshot.status());
        assertTrue(snapshot.json().get("appliances").has("hsm1"), snapshot.json().toString());

        ShellSession again = appliance().login("tenantadmin", "Snapshot-0ne", Channel.SSH, "test").session()
                .orElseThrow();
        appliance().transact(tx -> tx.accounts().changePassword(again, "Later-Tw0"));
        assertEquals(200, http.post("restore", snapshot.json().toString()).status());
        assertEquals(LoginOutcome.Kind.ACCEPTED, login("Snapshot-0ne"));
        assertEquals(LoginOutcome.Kind.DENIED, login("Later-Tw0"));

        assertEquals(200, http.post("reset", "").status());
        assertEquals(LoginOutcome.Kind.ACCEPTED, login("PASSWORD"));
    }

    @Test
    void aSnapshotThatDoesNotFitIsRefusedAndNothingChanges() throws Exception {
        JsonNode snapshot = http.post("snapshot", "").json();
        String strange = snapshot.toString().replace("\"hsm1\"", "\"hsm7\"");
        ControlHttp.Answer unknown = http.post("restore", strange);
        assertEquals(400, unknown.status());
        assertTrue(unknown.json().toString().contains("hsm7"), unknown.json().toString());
        String broken = snapshot.toString().replace("\"hostname\"", "\"hostName\"");
        ControlHttp.Answer refused = http.post("restore", broken);
        assertEquals(400, refused.status());
        assertEquals(400, http.post("restore", "[1,2,3]").status());
        assertEquals(LoginOutcome.Kind.ACCEPTED, login("PASSWORD"));
    }

    @Test
    void expiringTheNtlsCertificateEndsItsValidityNow() throws Exception {
        ControlHttp.Answer expired = http.post("appliances/hsm1/ntls-certificate/expire", "");
        assertEquals(200, expired.status());
        Instant notAfter = Instant.parse(expired.json().get("notAfter").asText());
        assertTrue(notAfter.isBefore(dhsm.clock().now()));
        assertTrue(expired.json().get("certificatePem").asText().startsWith("-----BEGIN CERTIFICATE-----"));
        assertFalse(appliance().transact(tx -> tx.ntls().active()).validAt(dhsm.clock().now()));
    }

    private LoginOutcome.Kind login(String password) {
        return appliance().login("tenantadmin", password, Channel.SSH, "test").kind();
    }
}
