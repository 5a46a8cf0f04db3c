package dev.dhsm.app.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dhsm.app.arm.ArmIdentity;
import dev.dhsm.app.junit.DhsmAppliance;
import dev.dhsm.app.junit.DhsmHandle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ARM part of the control API over HTTPS: endpoint and identities, tokens, settings, devices, reset. */
@DhsmAppliance(https = true)
class ArmControlApiTest {
    private DhsmHandle dhsm;
    private ControlHttp http;

    @BeforeEach
    void fresh(DhsmHandle handle) {
        dhsm = handle;
        http = new ControlHttp(handle);
        handle.control().reset();
    }

    @Test
    void theFacadeIsDescribedAndATokenIsHandedOut() throws Exception {
        JsonNode arm = http.get("arm").json();
        assertEquals(dhsm.armUri().toString(), arm.get("endpoint").asText());
        assertEquals(dhsm.caCertificate().toString(), arm.get("caCertificate").asText());
        assertEquals(ArmIdentity.TENANT, arm.get("tenantId").asText());
        assertEquals(ArmIdentity.SUBSCRIPTION, arm.get("subscriptionId").asText());
        assertEquals(ArmIdentity.CLIENT_SECRET, arm.get("clientSecret").asText());
        assertEquals(10, arm.at("/settings/retryAfterSeconds").asInt());

        String token = http.post("arm/token", "").json().get("accessToken").asText();
        assertEquals(ArmIdentity.CLIENT_ID, dhsm.control().arm().tokens().verify("Bearer " + token));
    }

    @Test
    void settingsChangeAndBadOnesAreRefused() throws Exception {
        JsonNode changed = http.post("arm/settings", "{\"retryAfterSeconds\":1,\"hsmProvisioning\":\"PT5S\","
                + "\"allowedSubscriptions\":[\"" + ArmIdentity.SUBSCRIPTION + "\"]}").json();
        assertEquals(1, changed.get("retryAfterSeconds").asInt());
        assertEquals("PT5S", changed.get("hsmProvisioning").asText());
        assertEquals("PT30M", http.get("arm/settings").json().get("gatewayProvisioning").asText());
        assertEquals(400, http.post("arm/settings", "{\"retryAfterSeconds\":-1}").status());
        assertEquals(400, http.post("arm/settings", "{\"allowedSubscriptions\":[\"not-a-guid\"]}").status());
        assertEquals(400, http.post("arm/settings", "{\"colour\":\"blue\"}").status());

        assertEquals(10, http.post("arm/reset", "").json().at("/settings/retryAfterSeconds").asInt());
    }

    @Test
    void devicesCanBeMarkedOccupiedAndFreedAgain() throws Exception {
        JsonNode devices = http.get("arm/devices").json().get("devices");
        assertEquals("hsm1", devices.get(0).get("id").asText());
        assertEquals("free", devices.get(0).get("state").asText());
        assertEquals("occupied", http.post("arm/devices/hsm1/occupancy", "{\"occupied\":true}").json()
                .get("state").asText());
        assertEquals("free", http.post("arm/devices/hsm1/occupancy", "{\"occupied\":false}").json()
                .get("state").asText());
        ControlHttp.Answer missing = http.post("arm/devices/nope/occupancy", "{\"occupied\":true}");
        assertEquals(404, missing.status());
        assertTrue(missing.json().at("/error/message").asText().contains("nope"));
        assertEquals(400, http.post("arm/devices/hsm1/occupancy", "{}").status());
    }
}
