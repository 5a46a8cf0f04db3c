package dev.dhsm.conformance.arm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The request bodies and templates the steps send, and how answers are read. */
class ArmShapesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anHsmBodyHasTheSkuStampSubnetAndAnExplicitAddress() {
        JsonNode b = ArmBodies.dedicatedHsm("eastus", "stamp2", "/sub/subnets/hsmsubnet", Optional.of("10.2.1.5"));
        assertEquals("SafeNet Luna Network HSM A790", b.at("/sku/name").asText());
        assertEquals("stamp2", b.at("/properties/stampId").asText());
        assertEquals("/sub/subnets/hsmsubnet", b.at("/properties/networkProfile/subnet/id").asText());
        assertEquals("10.2.1.5", b.at("/properties/networkProfile/networkInterfaces/0/privateIpAddress").asText());
        assertTrue(ArmBodies.dedicatedHsm("eastus", "stamp1", "/s", Optional.empty())
                .at("/properties/networkProfile/networkInterfaces").isMissingNode());
    }

    @Test
    void aSubnetIsDelegatedOnlyWhenAsked() {
        JsonNode delegated = ArmBodies.subnet("hsmsubnet", "10.2.1.0/24", Optional.of(ArmIds.HSM_TYPE));
        assertEquals(ArmIds.HSM_TYPE, delegated.at("/properties/delegations/0/properties/serviceName").asText());
        assertEquals(0, ArmBodies.subnet("plain", "10.2.2.0/24", Optional.empty()).at("/properties/delegations").size());
    }

    @Test
    void theTemplateListsTheGatewayAfterItsPublicIpAndTheHsmWithoutWaiting() {
        JsonNode t = new ArmTemplate().publicIp("gw-ip", "eastus").gateway("gw", "eastus", "/gwsubnet", "/ip/gw-ip")
                .dedicatedHsm("hsm1", "eastus", "stamp1", "/hsmsubnet", List.of()).json();
        assertEquals(ArmTemplate.SCHEMA, t.path("$schema").asText());
        JsonNode gw = t.at("/resources/1");
        assertEquals("Microsoft.Network/virtualNetworkGateways", gw.path("type").asText());
        assertEquals("/ip/gw-ip", gw.at("/dependsOn/0").asText());
        assertEquals("ExpressRoute", gw.at("/properties/gatewayType").asText());
        JsonNode hsm = t.at("/resources/2");
        assertEquals(ArmIds.HSM_API, hsm.path("apiVersion").asText());
        assertTrue(hsm.path("dependsOn").isMissingNode());
        assertEquals("Incremental", ArmBodies.deployment(t).at("/properties/mode").asText());
    }

    @Test
    void anErrorEnvelopeIsReadWithItsDetails() throws Exception {
        ArmResponse r = new ArmResponse("PUT", "/x", 400, Map.of("Content-Type", List.of("application/json")),
                JSON.readTree("{\"error\":{\"code\":\"InvalidTemplateDeployment\",\"message\":\"not valid\","
                        + "\"details\":[{\"code\":\"SubnetNotDelegated\",\"message\":\"hsmsubnet\"}]}}"));
        ArmError e = r.error().orElseThrow();
        assertEquals("InvalidTemplateDeployment", e.code());
        assertTrue(e.mentions("subnetnotdelegated"));
        assertEquals(Optional.of("application/json"), r.header("content-type"));
        ArmOperation op = new ArmOperation(r, List.of(), r);
        assertTrue(op.refused());
        assertTrue(op.failureText().orElseThrow().contains("(SubnetNotDelegated) hsmsubnet"));
    }

    @Test
    void aResourceWithoutProvisioningStateCountsAsSucceeded() throws Exception {
        ArmResource plain = new ArmResource(JSON.readTree("{\"name\":\"rg\",\"properties\":{}}"));
        assertTrue(plain.succeeded());
        assertTrue(plain.terminal());
        ArmResource updating = new ArmResource(JSON.readTree("{\"properties\":{\"provisioningState\":\"Updating\"}}"));
        assertFalse(updating.terminal());
        assertEquals("Microsoft.HardwareSecurityModules/dedicatedHSMs", ArmIds.HSM_TYPE);
        assertEquals("hsm1", ArmIds.lastSegment(ArmIds.dedicatedHsm("s", "g", "hsm1")));
    }
}
