package dev.dhsm.app.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dhsm.app.LunashOverSsh;
import dev.dhsm.app.junit.DhsmAppliance;
import dev.dhsm.app.junit.DhsmHandle;
import dev.dhsm.model.FileArea;
import dev.dhsm.model.HsmLifecycle;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The documented failures end to end: triggered through lunash or the control API, seen by an SSH client, and
 * recovered the way the troubleshooting guide says (FM-18, FM-19, FM-12).
 */
@DhsmAppliance(https = true)
class FaultScenariosTest {
    private static final String NEW_PASSWORD = "Fault!Pass1";

    private DhsmHandle dhsm;
    private ControlHttp http;

    @BeforeEach
    void factoryNew(DhsmHandle handle) {
        dhsm = handle;
        http = new ControlHttp(handle);
        handle.control().reset();
    }

    @Test
    void aNetworkChangeThatBreaksThePathRefusesSshUntilTheSupportFactoryReset() throws Exception {
        try (LunashOverSsh admin = LunashOverSsh.firstLogin(dhsm.ssh(), "tenantadmin", NEW_PASSWORD)) {
            admin.type("network interface static -device eth0 -ip 10.9.9.9 -netmask 255.255.255.0 "
                    + "-gateway 10.9.9.1 -force\n");
            admin.awaitClosed();
        }
        assertThrows(IOException.class, () -> LunashOverSsh.login(dhsm.ssh(), "tenantadmin", NEW_PASSWORD));
        JsonNode reach = http.get("appliances/hsm1").json().get("reachability");
        assertFalse(reach.get("ssh").asBoolean());
        assertFalse(reach.get("ntls").asBoolean());
        assertTrue(reach.get("console").asBoolean());

        assertEquals(200, http.post("appliances/hsm1/support/factory-reset", "").status());
        LunashOverSsh.login(dhsm.ssh(), "tenantadmin", "PASSWORD");
        assertThrows(IOException.class, () -> LunashOverSsh.login(dhsm.ssh(), "tenantadmin", NEW_PASSWORD));
    }

    @Test
    void aBlockedPort1792ClosesNtlsConnectionsAtOnceWhileSshStillAnswers() throws Exception {
        http.post("appliances/hsm1/faults", "{\"ntlsPortBlocked\":true}");
        try (Socket ntls = new Socket()) {
            ntls.connect(dhsm.ntls(), 10_000);
            ntls.setSoTimeout(20_000);
            assertEquals(-1, ntls.getInputStream().read(), "NTLS closed the connection without a word");
        }
        LunashOverSsh.login(dhsm.ssh(), "tenantadmin", "PASSWORD");
        assertFalse(http.get("appliances/hsm1").json().get("reachability").get("ntls").asBoolean());
    }

    @Test
    void aHungRebootAnswersOnlyFortyEightClockHoursAfterTheHardRebootRequest() throws Exception {
        assertEquals(200, http.post("appliances/hsm1/faults", "{\"nextRebootHangs\":true}").status());
        try (LunashOverSsh admin = LunashOverSsh.firstLogin(dhsm.ssh(), "tenantadmin", NEW_PASSWORD)) {
            admin.type("sysconf appliance reboot -force\n");
            admin.await("Reboot commencing");
            admin.awaitClosed();
        }
        assertThrows(IOException.class, () -> LunashOverSsh.login(dhsm.ssh(), "tenantadmin", NEW_PASSWORD));
        assertEquals("the appliance hung during a reboot",
                http.get("appliances/hsm1").json().get("reachability").get("reason").asText());

        JsonNode request = http.post("appliances/hsm1/support/hard-reboot", "").json();
        assertEquals("HARD_REBOOT", request.get("kind").asText());
        assertEquals(Duration.ofHours(48), Duration.between(Instant.parse(request.get("requestedAt").asText()),
                Instant.parse(request.get("completesAt").asText())));
        assertFalse(request.get("completed").asBoolean());

        http.post("clock/advance", "{\"duration\":\"PT47H\"}");
        assertThrows(IOException.class, () -> LunashOverSsh.login(dhsm.ssh(), "tenantadmin", NEW_PASSWORD));
        http.post("clock/advance", "{\"duration\":\"PT1H\"}");
        LunashOverSsh.login(dhsm.ssh(), "tenantadmin", NEW_PASSWORD);

        JsonNode support = http.get("appliances/hsm1/support").json().get("requests");
        assertEquals(1, support.size());
        assertTrue(support.get(0).get("completed").asBoolean());
    }

    @Test
    void theSupportFactoryResetWipesTheDevice() throws Exception {
        FileArea files = dhsm.control().fleet().members().get(0).node().appliance().files();
        try (LunashOverSsh admin = LunashOverSsh.firstLogin(dhsm.ssh(), "tenantadmin", NEW_PASSWORD)) {
            files.write("tenantadmin", "client.pem",
                    "-----BEGIN CERTIFICATE-----\n".getBytes(StandardCharsets.US_ASCII));
            assertTrue(admin.run("hsm init -label wiped -password SOpassw0rd -domain dom1 -force")
                    .contains("Command Result : 0 (Success)"));
            assertEquals(HsmLifecycle.INITIALIZED, lifecycle());
            http.post("appliances/hsm1/support/factory-reset", "");
            admin.awaitClosed();
        }
        assertEquals(HsmLifecycle.FACTORY_FRESH, lifecycle());
        assertTrue(List.of("server.pem").containsAll(files.list("tenantadmin")),
                "the file area holds at most the new NTLS certificate: " + files.list("tenantadmin"));
        assertThrows(IOException.class, () -> LunashOverSsh.login(dhsm.ssh(), "tenantadmin", NEW_PASSWORD));
        try (LunashOverSsh again = LunashOverSsh.open(dhsm.ssh(), "tenantadmin", "PASSWORD")) {
            again.await("New password: ");
        }
        JsonNode support = http.get("appliances/hsm1/support").json().get("requests");
        assertEquals("FACTORY_RESET", support.get(0).get("kind").asText());
        assertTrue(support.get(0).get("completed").asBoolean());
    }

    private HsmLifecycle lifecycle() {
        return dhsm.control().fleet().members().get(0).node().appliance().transact(tx -> tx.hsm().lifecycle());
    }
}
