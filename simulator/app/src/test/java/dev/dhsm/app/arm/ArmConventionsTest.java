package dev.dhsm.app.arm;

import static dev.dhsm.app.arm.ArmHttp.API;
import static dev.dhsm.app.arm.ArmHttp.expect;
import static dev.dhsm.app.arm.ArmHttp.hsm;
import static dev.dhsm.app.arm.ArmHttp.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dhsm.app.junit.DhsmFleet;
import dev.dhsm.app.junit.DhsmHandle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What clients read besides HSMs: metadata, login, providers, api-versions, paging, PATCH, the operations list. */
@DhsmFleet(stamps = 1, https = true)
class ArmConventionsTest {
    private DhsmHandle dhsm;
    private ArmHttp arm;

    @BeforeEach
    void fresh(DhsmHandle handle) throws Exception {
        dhsm = handle;
        arm = new ArmHttp(handle);
        handle.control().resetArm();
    }

    @Test
    void azCloudRegisterAndLoginFindWhatTheyNeed() throws Exception {
        JsonNode metadata = expect(200, arm.send("GET", "//metadata/endpoints?api-version=2015-01-01", null, null,
                null)).json();
        assertEquals(arm.base + "adfs", metadata.at("/authentication/loginEndpoint").asText());
        assertEquals(ArmIdentity.AUDIENCE, metadata.at("/authentication/audiences/0").asText());
        JsonNode openid = expect(200, arm.send("GET", "/adfs/.well-known/openid-configuration", null, null, null))
                .json();
        assertEquals(arm.base + "adfs/oauth2/token", openid.get("token_endpoint").asText());
        ArmHttp.Answer wrongSecret = arm.send("POST", "/adfs/oauth2/token", "grant_type=client_credentials&client_id="
                + ArmIdentity.CLIENT_ID + "&client_secret=nope", null, "application/x-www-form-urlencoded");
        assertEquals(401, wrongSecret.status());
        assertEquals("invalid_client", wrongSecret.json().get("error").asText());

        JsonNode subs = expect(200, arm.get("/subscriptions?api-version=2019-11-01")).json();
        assertEquals(ArmIdentity.SUBSCRIPTION, subs.at("/value/0/subscriptionId").asText());
        assertEquals(ArmIdentity.TENANT, subs.at("/value/0/tenantId").asText());
        JsonNode provider = expect(200, arm.get("/subscriptions/" + ArmHttp.SUB
                + "/providers/microsoft.hardwaresecuritymodules?api-version=2021-04-01")).json();
        assertEquals("dedicatedHSMs", provider.at("/resourceTypes/0/resourceType").asText());
        assertEquals("2021-11-30", provider.at("/resourceTypes/0/apiVersions/0").asText());
        assertEquals("East US", provider.at("/resourceTypes/0/locations/0").asText());
        assertTrue(dhsm.control().armToken().accessToken().split("\\.").length == 3);
        assertEquals(200, arm.send("GET", "/subscriptions/" + ArmHttp.SUB + "?api-version=2021-01-01", null,
                dhsm.control().armToken().accessToken(), null).status());
    }

    @Test
    void newerApiVersionsNameReferencesResourceIdAndListsPageWithNextLink() throws Exception {
        arm.network("rg", true, true);
        dhsm.advanceClock(ArmSettings.DEFAULT_GATEWAY_PROVISIONING);
        String subnet = ArmHttp.vnet("rg", "vnet") + "/subnets/hsmsubnet";
        String body = "{\"location\":\"East US\",\"sku\":{\"name\":\"SafeNet Luna Network HSM A790\"},"
                + "\"properties\":{\"networkProfile\":{\"subnet\":{\"resourceId\":\"" + subnet + "\"}}}}";
        ArmHttp.Answer created = expect(200, arm.put(q(hsm("rg", "hsm1"), "2025-03-31"), body));
        assertEquals(subnet, created.json().at("/properties/networkProfile/subnet/resourceId").asText());
        assertFalse(created.json().at("/properties/networkProfile/subnet").has("id"));
        expect(200, arm.put(q(hsm("rg", "hsm2"), API), ArmHttp.hsmBody(subnet, null, null)));
        dhsm.advanceClock(ArmSettings.DEFAULT_HSM_PROVISIONING);
        JsonNode old = expect(200, arm.get(q(hsm("rg", "hsm1"), API))).json();
        assertEquals(subnet, old.at("/properties/networkProfile/subnet/id").asText());
        assertTrue(old.at("/properties/networkProfile/networkInterfaces/0/id").asText().endsWith("hsm1_HSMnic"));
        assertEquals(400, arm.get(q(hsm("rg", "hsm1"), "2019-01-01")).status());

        JsonNode page1 = expect(200, arm.get(ArmHttp.group("rg")
                + "/providers/Microsoft.HardwareSecurityModules/dedicatedHSMs?api-version=" + API + "&$top=1")).json();
        assertEquals(1, page1.get("value").size());
        JsonNode page2 = expect(200, arm.get(page1.get("nextLink").asText())).json();
        assertEquals("hsm2", page2.at("/value/0/name").asText());
        assertFalse(page2.has("nextLink"));
        JsonNode bySub = expect(200, arm.get("/subscriptions/" + ArmHttp.SUB
                + "/providers/Microsoft.HardwareSecurityModules/dedicatedHSMs?api-version=" + API)).json();
        assertEquals(2, bySub.get("value").size());

        ArmHttp.Answer moved = arm.put(q(hsm("rg", "hsm2"), API), ArmHttp.hsmBody(ArmHttp.vnet("rg", "vnet")
                + "/subnets/GatewaySubnet", null, null));
        assertEquals(400, moved.status());
        assertEquals("PropertyChangeNotAllowed", moved.errorCode());
        assertEquals("Succeeded", expect(200, arm.put(q(hsm("rg", "hsm2"), API), ArmHttp.hsmBody(subnet, null, null)))
                .state());

        JsonNode patched = expect(200, arm.patch(q(hsm("rg", "hsm1"), API), "{\"tags\":{\"Dept\":\"crypto\"}}")).json();
        assertEquals("crypto", patched.at("/tags/Dept").asText());
        assertEquals(0, expect(200, arm.get(q(hsm("rg", "hsm1") + "/outboundNetworkDependenciesEndpoints", API)))
                .json().get("value").size());
        JsonNode ops = expect(200, arm.get("/providers/Microsoft.HardwareSecurityModules/operations?api-version="
                + API)).json();
        assertEquals("Microsoft.HardwareSecurityModules/dedicatedhsms/read", ops.at("/value/0/name").asText());
    }
}
