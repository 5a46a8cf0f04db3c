package dev.dhsm.app.arm;

import static dev.dhsm.app.arm.ArmHttp.API;
import static dev.dhsm.app.arm.ArmHttp.expect;
import static dev.dhsm.app.arm.ArmHttp.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dhsm.app.junit.DhsmFleet;
import dev.dhsm.app.junit.DhsmHandle;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The dedicatedHSMs lifecycle over HTTPS, on a one-stamp fleet and the manual clock. */
@DhsmFleet(stamps = 1, https = true)
class ArmLifecycleTest {
    private DhsmHandle dhsm;
    private ArmHttp arm;

    @BeforeEach
    void fresh(DhsmHandle handle) {
        dhsm = handle;
        arm = new ArmHttp(handle);
        handle.control().resetArm();
    }

    @Test
    void anHsmIsCreatedPolledToSucceededAndDeletedThroughItsLocation() throws Exception {
        arm.network("rg1", true, true);
        dhsm.advanceClock(Duration.ofMinutes(30));
        String subnet = ArmHttp.vnet("rg1", "vnet") + "/subnets/hsmsubnet";
        ArmHttp.Answer created = expect(200, arm.put(q(ArmHttp.hsm("rg1", "hsm1"), API),
                ArmHttp.hsmBody(subnet, "stamp1", null)));
        assertEquals("CheckingQuota", created.state());
        assertEquals("Resource creation in progress. Validating subscription device quota...",
                created.json().get("properties").get("statusMessage").asText());
        assertEquals("Microsoft.HardwareSecurityModules/dedicatedHSMs", created.json().get("type").asText());
        assertNotNull(created.header("x-ms-request-id"));
        assertNotNull(created.header("Retry-After"));
        assertEquals(subnet, created.json().at("/properties/networkProfile/subnet/id").asText());

        dhsm.advanceClock(Duration.ofSeconds(60));
        ArmHttp.Answer provisioning = expect(200, arm.get(q(ArmHttp.hsm("rg1", "HSM1"), API)));
        assertEquals("Provisioning", provisioning.state());
        dhsm.advanceClock(Duration.ofSeconds(90));
        ArmHttp.Answer done = expect(200, arm.get(q("//" + ArmHttp.hsm("RG1", "hsm1").substring(1), API)));
        assertEquals("Succeeded", done.state());
        assertEquals("The Dedicated HSM device is provisioned successfully and ready to use.",
                done.json().at("/properties/statusMessage").asText());
        JsonNode nicRef = done.json().at("/properties/networkProfile/networkInterfaces/0");
        String ip = nicRef.get("privateIpAddress").asText();
        assertEquals("127.0.1.1", ip);
        assertEquals(dhsm.ssh("eastus-s1-d01").getAddress().getHostAddress(), ip);

        ArmHttp.Answer nic = expect(200, arm.get(q(nicRef.get("id").asText(), ArmHttp.NET_API)));
        assertEquals("hsm1_HSMnic", nic.json().get("name").asText());
        assertEquals(ip, nic.json().at("/properties/ipConfigurations/0/properties/privateIPAddress").asText());

        ArmHttp.Answer deleting = expect(202, arm.delete(q(ArmHttp.hsm("rg1", "hsm1"), API)));
        String location = deleting.header("Location");
        assertTrue(location.startsWith(arm.base.toString() + "subscriptions/"), location);
        assertTrue(location.contains("/providers/Microsoft.HardwareSecurityModules/locations/eastus/operationResults/"),
                location);
        assertEquals(202, arm.get(location).status());
        dhsm.advanceClock(Duration.ofSeconds(40));
        ArmHttp.Answer gone = arm.get(location);
        assertEquals(200, gone.status());
        assertTrue(gone.json().isMissingNode());
        ArmHttp.Answer missing = arm.get(q(ArmHttp.hsm("rg1", "hsm1"), API));
        assertEquals(404, missing.status());
        assertEquals("ResourceNotFound", missing.errorCode());
        assertEquals("The Resource 'Microsoft.HardwareSecurityModules/dedicatedHSMs/hsm1' under resource group "
                + "'rg1' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix",
                missing.errorMessage());
        assertEquals(204, arm.delete(q(ArmHttp.hsm("rg1", "hsm1"), API)).status());
    }

    @Test
    void badRequestsGetTheErrorEnvelope() throws Exception {
        ArmHttp.Answer noToken = arm.send("GET", q(ArmHttp.group("rg1"), "2022-09-01"), null, null, null);
        assertEquals(401, noToken.status());
        assertEquals("AuthenticationFailed", noToken.errorCode());
        assertEquals(401, arm.send("GET", q(ArmHttp.group("rg1"), "2022-09-01"), null, "a.b.c", null).status());
        ArmHttp.Answer noGroup = arm.get(q(ArmHttp.hsm("nope", "hsm1"), API));
        assertEquals(404, noGroup.status());
        assertEquals("ResourceGroupNotFound", noGroup.errorCode());
        assertEquals("Resource group 'nope' could not be found.", noGroup.errorMessage());

        arm.network("rg2", true, false);
        ArmHttp.Answer notJson = arm.put(q(ArmHttp.hsm("rg2", "hsm1"), API), "{\"location\": eastus");
        assertEquals(400, notJson.status());
        assertEquals("InvalidRequestContent", notJson.errorCode());
        assertFalse(notJson.json().toString().contains("at com."), notJson.json().toString());
        ArmHttp.Answer noSku = arm.put(q(ArmHttp.hsm("rg2", "hsm1"), API), "{\"location\":\"eastus\","
                + "\"properties\":{}}");
        assertEquals(400, noSku.status());
        assertEquals("InvalidRequestContent", noSku.errorCode());
        assertEquals("LocationRequired", arm.put(q(ArmHttp.hsm("rg2", "hsm1"), API), "{}").errorCode());
        assertEquals("MissingApiVersionParameter", arm.get(ArmHttp.hsm("rg2", "hsm1")).errorCode());
        assertEquals("InvalidResourceName", arm.put(q(ArmHttp.hsm("rg2", "h_1"), API), "{}").errorCode());
        assertEquals(405, arm.post(q(ArmHttp.hsm("rg2", "hsm1"), API), "{}").status());
        assertEquals("InvalidResourceType", arm.get(q(ArmHttp.group("rg2")
                + "/providers/Microsoft.HardwareSecurityModules/cloudHsmClusters/c1", API)).errorCode());
    }
}
