package dev.dhsm.app.arm;

import static dev.dhsm.app.arm.ArmHttp.API;
import static dev.dhsm.app.arm.ArmHttp.expect;
import static dev.dhsm.app.arm.ArmHttp.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dhsm.app.junit.DhsmFleet;
import dev.dhsm.app.junit.DhsmHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sample two-HSM template ({@code fixtures/arm/}) through {@code Microsoft.Resources/deployments}, as
 * {@code az deployment group create} sends it: validate, create, poll, list operations.
 */
@DhsmFleet(stamps = 2, https = true)
class ArmDeploymentTest {
    private static final Path FIXTURES = Path.of("..", "..", "fixtures", "arm");
    private static final String DEPLOY = ArmHttp.group("myRG") + "/providers/Microsoft.Resources/deployments/HSMdeploy";
    private static final String RES_API = "2021-04-01";

    private DhsmHandle dhsm;
    private ArmHttp arm;

    @BeforeEach
    void fresh(DhsmHandle handle) throws Exception {
        dhsm = handle;
        arm = new ArmHttp(handle);
        handle.control().resetArm();
        expect(201, arm.put(q(ArmHttp.group("myRG"), "2022-09-01"), "{\"location\":\"eastus\"}"));
        expect(201, arm.put(q(ArmHttp.vnet("myRG", "hsmvnet"), ArmHttp.NET_API), "{\"location\":\"eastus\","
                + "\"properties\":{\"addressSpace\":{\"addressPrefixes\":[\"127.0.0.0/16\"]}}}"));
    }

    /** The body az 2.45 sends: the template text spliced in after an unquoted {@code template:}. */
    private static String deployment() throws Exception {
        ObjectMapper json = new ObjectMapper();
        String template = Files.readString(FIXTURES.resolve("Deploy-2HSM-toVNET-Template.json"));
        JsonNode params = json.readTree(FIXTURES.resolve("Deploy-2HSM-toVNET-Params.json").toFile()).get("parameters");
        ObjectNode props = json.createObjectNode();
        props.set("parameters", params);
        props.put("mode", "Incremental");
        String partial = json.writeValueAsString(json.createObjectNode().set("properties", props));
        return partial.substring(0, partial.length() - 2) + ", template:" + template + "}}";
    }

    private ArmHttp.Answer awaitDeployment(ArmHttp.Answer started) throws Exception {
        String status = started.header("Azure-AsyncOperation");
        assertNotNull(status, "Azure-AsyncOperation");
        for (int i = 0; i < 100; i++) {
            ArmHttp.Answer poll = expect(200, arm.get(status));
            if (!poll.json().get("status").asText().equals("Running")) {
                return expect(200, arm.get(q(DEPLOY, RES_API)));
            }
            dhsm.advanceClock(Duration.ofSeconds(30));
        }
        throw new AssertionError("the deployment never ended");
    }

    @Test
    void theTemplateValidatesAndTheRaceWithTheGatewayFailsTheFirstRunAndARerunSucceeds() throws Exception {
        ArmHttp.Answer valid = expect(200, arm.post(q(DEPLOY + "/validate", RES_API), deployment()));
        assertEquals(6, valid.json().at("/properties/validatedResources").size());

        ArmHttp.Answer first = awaitDeployment(expect(201, arm.put(q(DEPLOY, RES_API), deployment())));
        assertEquals("Failed", first.state());
        JsonNode error = first.json().at("/properties/error");
        assertEquals("DeploymentFailed", error.get("code").asText());
        assertEquals("NetworkDependencyNotReady", error.at("/details/0/code").asText());
        ArmHttp.Answer ops = expect(200, arm.get(q(DEPLOY + "/operations", RES_API)));
        long failedHsms = 0;
        for (JsonNode op : ops.json().get("value")) {
            if (op.at("/properties/provisioningState").asText().equals("Failed")) {
                failedHsms++;
                assertTrue(op.at("/properties/statusMessage/error/message").asText().contains("has not finished"),
                        op.toString());
                assertEquals("Microsoft.HardwareSecurityModules/dedicatedHSMs",
                        op.at("/properties/targetResource/resourceType").asText());
            }
        }
        assertEquals(2, failedHsms);
        assertEquals("Failed", expect(200, arm.get(q(ArmHttp.hsm("myRG", "HSM1"), API))).state());

        dhsm.advanceClock(ArmSettings.DEFAULT_GATEWAY_PROVISIONING);
        ArmHttp.Answer rerun = awaitDeployment(expect(200, arm.put(q(DEPLOY, RES_API), deployment())));
        assertEquals("Succeeded", rerun.state(), rerun.json().toString());
        ArmHttp.Answer hsm2 = expect(200, arm.get(q(ArmHttp.hsm("myRG", "HSM2"), API)));
        assertEquals("Succeeded", hsm2.state());
        assertEquals("stamp2", hsm2.json().at("/properties/stampId").asText());
        assertEquals("127.0.1.16", hsm2.json().at("/properties/networkProfile/networkInterfaces/0/privateIpAddress")
                .asText());
    }

    @Test
    void fm05TheHsmOnlyTemplateWaitsForTheGatewayBuiltOutsideIt() throws Exception {
        expect(201, arm.put(q(ArmHttp.vnet("myRG", "hsmvnet") + "/subnets/hsmsubnet", ArmHttp.NET_API),
                "{\"properties\":{\"addressPrefix\":\"127.0.1.0/24\",\"delegations\":[{\"name\":\"0\","
                        + "\"properties\":{\"serviceName\":\"Microsoft.HardwareSecurityModules/dedicatedHSMs\"}}]}}"));
        expect(201, arm.put(q(ArmHttp.vnet("myRG", "hsmvnet") + "/subnets/GatewaySubnet", ArmHttp.NET_API),
                "{\"properties\":{\"addressPrefix\":\"127.0.255.0/26\"}}"));
        expect(201, arm.put(q(ArmHttp.gateway("myRG", "ergw"), ArmHttp.NET_API),
                ArmHttp.gatewayBody(ArmHttp.vnet("myRG", "hsmvnet"))));
        String template = Files.readString(FIXTURES.resolve("Deploy-HSM-only-Template.json"));
        String body = "{\"properties\":{\"mode\":\"Incremental\",\"template\":" + template + ",\"parameters\":{"
                + "\"hsmName\":{\"value\":\"tfhsm\"},\"subnetId\":{\"value\":\"" + ArmHttp.vnet("myRG", "hsmvnet")
                + "/subnets/hsmsubnet\"}}}}";
        String deploy = ArmHttp.group("myRG") + "/providers/Microsoft.Resources/deployments/hsmonly";
        ArmHttp.Answer early = expect(201, arm.put(q(deploy, RES_API), body));
        dhsm.advanceClock(ArmSettings.DEFAULT_HSM_PROVISIONING);
        assertEquals("Failed", expect(200, arm.get(early.header("Azure-AsyncOperation"))).json().get("status").asText());
        assertEquals("Updating", expect(200, arm.get(q(ArmHttp.gateway("myRG", "ergw"), ArmHttp.NET_API))).state());

        dhsm.advanceClock(ArmSettings.DEFAULT_GATEWAY_PROVISIONING);
        assertEquals("Succeeded", expect(200, arm.get(q(ArmHttp.gateway("myRG", "ergw"), ArmHttp.NET_API))).state());
        ArmHttp.Answer later = expect(200, arm.put(q(deploy, RES_API), body));
        dhsm.advanceClock(ArmSettings.DEFAULT_HSM_PROVISIONING);
        assertEquals("Succeeded", expect(200, arm.get(later.header("Azure-AsyncOperation"))).json().get("status")
                .asText());
        assertEquals("Succeeded", expect(200, arm.get(q(ArmHttp.hsm("myRG", "tfhsm"), API))).state());
    }

    @Test
    void aTemplateThatDoesNotEvaluateFailsPreflight() throws Exception {
        String body = "{\"properties\":{\"mode\":\"Incremental\",\"template\":{\"resources\":[{\"type\":"
                + "\"Microsoft.Network/publicIPAddresses\",\"apiVersion\":\"2024-01-01\",\"name\":"
                + "\"[parameters('missing')]\",\"location\":\"eastus\"}]}}}";
        ArmHttp.Answer refused = arm.put(q(DEPLOY, RES_API), body);
        assertEquals(400, refused.status());
        assertEquals("InvalidTemplateDeployment", refused.errorCode());
        assertEquals("InvalidTemplate", refused.json().at("/error/details/0/code").asText());
        ArmHttp.Answer missingParam = arm.post(q(DEPLOY + "/validate", RES_API), "{\"properties\":{\"template\":"
                + Files.readString(FIXTURES.resolve("Deploy-2HSM-toVNET-Template.json")) + "}}");
        assertEquals(400, missingParam.status());
        assertTrue(missingParam.json().at("/error/details/0/message").asText().contains("ExistingVirtualNetworkName"));
    }
}
