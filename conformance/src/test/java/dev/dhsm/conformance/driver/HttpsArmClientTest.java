package dev.dhsm.conformance.driver;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.dhsm.conformance.arm.ArmBodies;
import dev.dhsm.conformance.arm.ArmIds;
import dev.dhsm.conformance.arm.ArmOperation;
import dev.dhsm.conformance.target.ArmCredential;
import dev.dhsm.conformance.target.ArmEndpoint;
import dev.dhsm.conformance.target.ArmNetworkNames;
import dev.dhsm.conformance.target.ArmPacing;
import dev.dhsm.conformance.target.TargetException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ARM driver against a WireMock stub that answers as the reference says Azure does: a real HTTPS server with
 * its own certificate, the ADFS-style token endpoint, the Dedicated HSM PUT (200 + CheckingQuota, then states on
 * GET), DELETE (202 + Location), a deployment with Azure-AsyncOperation, and the ARM error envelope.
 */
class HttpsArmClientTest {
    private static final String SUB = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";
    private static final String HSM = ArmIds.dedicatedHsm(SUB, "rg", "hsm1");

    @TempDir
    Path dir;
    private WireMockServer server;
    private StubTls tls;
    private final List<Duration> passed = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        tls = StubTls.create(dir, "arm");
        server = new WireMockServer(WireMockConfiguration.options().httpDisabled(true).dynamicHttpsPort()
                .bindAddress("127.0.0.1").keystorePath(tls.keystore.toString()).keystoreType("PKCS12")
                .keystorePassword(StubTls.PASSWORD).keyManagerPassword(StubTls.PASSWORD));
        server.start();
        server.stubFor(post(urlEqualTo("/adfs/oauth2/token"))
                .withRequestBody(containing("grant_type=client_credentials"))
                .withRequestBody(containing("client_secret=s3cret"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"token_type\":\"Bearer\",\"expires_in\":3600,\"access_token\":\"tok-1\"}")));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private HttpsArmClient client(Optional<Path> ca, Duration patience) {
        return client(ca, patience, true);
    }

    private HttpsArmClient client(Optional<Path> ca, Duration patience, boolean virtual) {
        String base = "https://127.0.0.1:" + server.httpsPort();
        ArmPacing pacing = new ArmPacing() {
            @Override
            public void pass(Duration d) {
                passed.add(d);
            }

            @Override
            public boolean virtual() {
                return virtual;
            }

            @Override
            public Duration patience() {
                return patience;
            }
        };
        return HttpsArmClient.open(new ArmEndpoint(URI.create(base + "/"), ca, SUB, "tenant", "eastus",
                new ArmCredential.ClientSecret(URI.create(base + "/adfs/oauth2/token"), "client", "s3cret",
                        "https://management.local//.default"), pacing, ArmNetworkNames.tutorial()),
                Duration.ofSeconds(10));
    }

    private HttpsArmClient client() {
        return client(Optional.of(tls.caPem), Duration.ofMinutes(90));
    }

    private static String hsm(String state, String message) {
        return "{\"id\":\"" + HSM + "\",\"name\":\"hsm1\",\"properties\":{\"provisioningState\":\"" + state
                + "\",\"statusMessage\":\"" + message + "\"}}";
    }

    @Test
    void putFollowsTheProvisioningStateOnTheVirtualClockWithTheBearerToken() {
        server.stubFor(put(urlEqualTo(HSM + "?api-version=2021-11-30")).withHeader("Authorization", equalTo("Bearer tok-1"))
                .willReturn(aResponse().withStatus(200).withBody(hsm("CheckingQuota", "Validating..."))));
        server.stubFor(get(urlEqualTo(HSM + "?api-version=2021-11-30")).inScenario("hsm").whenScenarioStateIs(STARTED)
                .willSetStateTo("configured").willReturn(aResponse().withStatus(200).withHeader("Retry-After", "15")
                        .withBody(hsm("Provisioning", "Configuring the device..."))));
        server.stubFor(get(urlEqualTo(HSM + "?api-version=2021-11-30")).inScenario("hsm").whenScenarioStateIs("configured")
                .willReturn(aResponse().withStatus(200).withBody(hsm("Succeeded", "ready to use."))));

        ArmOperation op = client().createOrUpdate(HSM, ArmIds.HSM_API,
                ArmBodies.dedicatedHsm("eastus", "stamp1", "/subnet", Optional.of("10.2.1.5")));

        assertTrue(op.succeeded(), op::describe);
        assertEquals(List.of("CheckingQuota", "Provisioning", "Succeeded"), op.statesSeen());
        assertEquals(List.of(ArmPoller.VIRTUAL_STEP, ArmPoller.VIRTUAL_STEP), passed);
        server.verify(putRequestedFor(urlEqualTo(HSM + "?api-version=2021-11-30"))
                .withRequestBody(containing("\"privateIpAddress\":\"10.2.1.5\""))
                .withRequestBody(containing("\"stampId\":\"stamp1\"")));
        server.verify(1, postRequestedFor(urlEqualTo("/adfs/oauth2/token")));
    }

    @Test
    void onARealSubscriptionRetryAfterSetsThePause() {
        server.stubFor(put(urlEqualTo(HSM + "?api-version=2021-11-30"))
                .willReturn(aResponse().withStatus(200).withBody(hsm("CheckingQuota", "Validating..."))));
        server.stubFor(get(urlEqualTo(HSM + "?api-version=2021-11-30")).inScenario("hsm").whenScenarioStateIs(STARTED)
                .willSetStateTo("configured").willReturn(aResponse().withStatus(200).withHeader("Retry-After", "15")
                        .withBody(hsm("Provisioning", "Configuring the device..."))));
        server.stubFor(get(urlEqualTo(HSM + "?api-version=2021-11-30")).inScenario("hsm").whenScenarioStateIs("configured")
                .willReturn(aResponse().withStatus(200).withBody(hsm("Succeeded", "ready to use."))));

        ArmOperation op = client(Optional.of(tls.caPem), Duration.ofMinutes(90), false)
                .createOrUpdate(HSM, ArmIds.HSM_API, ArmBodies.resourceGroup("eastus"));

        assertTrue(op.succeeded(), op::describe);
        assertEquals(List.of(ArmPoller.DEFAULT_INTERVAL, Duration.ofSeconds(15)), passed);
    }

    @Test
    void aFailedProvisioningKeepsItsStatusMessage() {
        server.stubFor(put(urlEqualTo(HSM + "?api-version=2021-11-30"))
                .willReturn(aResponse().withStatus(200).withBody(hsm("CheckingQuota", "Validating..."))));
        server.stubFor(get(urlEqualTo(HSM + "?api-version=2021-11-30"))
                .willReturn(aResponse().withStatus(200).withBody(hsm("Failed", "Subnet hsmsubnet is not delegated"))));

        ArmOperation op = client().createOrUpdate(HSM, ArmIds.HSM_API, ArmBodies.resourceGroup("eastus"));

        assertFalse(op.succeeded());
        assertFalse(op.refused());
        assertTrue(op.failureText().orElseThrow().contains("Subnet hsmsubnet is not delegated"), op::describe);
    }

    @Test
    void aRefusalCarriesTheArmErrorEnvelope() {
        server.stubFor(delete(urlEqualTo(HSM + "?api-version=2021-11-30")).willReturn(aResponse().withStatus(409)
                .withBody("{\"error\":{\"code\":\"Conflict\",\"message\":\"zeroize the HSM first\","
                        + "\"details\":[{\"code\":\"Inner\",\"message\":\"key material\"}]}}")));

        ArmOperation op = client().deleteAndWait(HSM, ArmIds.HSM_API);

        assertTrue(op.refused());
        String text = op.failureText().orElseThrow();
        assertTrue(text.contains("(Conflict) zeroize the HSM first") && text.contains("(Inner) key material"), text);
        assertEquals(List.of(), passed);
    }

    @Test
    void deleteFollowsTheLocationUntilItIsNoLonger202() {
        String location = "https://127.0.0.1:" + server.httpsPort()
                + "/subscriptions/" + SUB + "/providers/Microsoft.HardwareSecurityModules/locations/eastus/operationResults/abc?api-version=2021-11-30";
        server.stubFor(delete(urlEqualTo(HSM + "?api-version=2021-11-30"))
                .willReturn(aResponse().withStatus(202).withHeader("Location", location)));
        String poll = "/subscriptions/" + SUB + "/providers/Microsoft.HardwareSecurityModules/locations/eastus/operationResults/abc";
        server.stubFor(get(urlPathEqualTo(poll)).inScenario("del").whenScenarioStateIs(STARTED).willSetStateTo("done")
                .willReturn(aResponse().withStatus(202).withHeader("Location", location)));
        server.stubFor(get(urlPathEqualTo(poll)).inScenario("del").whenScenarioStateIs("done")
                .willReturn(aResponse().withStatus(200)));

        ArmOperation op = client().deleteAndWait(HSM, ArmIds.HSM_API);

        assertTrue(op.succeeded(), op::describe);
        assertEquals(200, op.last().status());
        assertEquals(2, passed.size());
        server.verify(2, getRequestedFor(urlPathEqualTo(poll)).withHeader("Authorization", equalTo("Bearer tok-1")));
    }

    @Test
    void aDeploymentFollowsItsAsyncOperationAndReportsTheError() {
        String dep = ArmIds.deployment(SUB, "rg", "d1");
        String status = "https://127.0.0.1:" + server.httpsPort() + dep + "/operationStatuses/42?api-version=2021-04-01";
        server.stubFor(put(urlEqualTo(dep + "?api-version=2021-04-01")).willReturn(aResponse().withStatus(201)
                .withHeader("Azure-AsyncOperation", status)
                .withBody("{\"name\":\"d1\",\"properties\":{\"provisioningState\":\"Accepted\"}}")));
        server.stubFor(get(urlPathEqualTo(dep + "/operationStatuses/42")).inScenario("dep").whenScenarioStateIs(STARTED)
                .willSetStateTo("failed").willReturn(aResponse().withStatus(200).withBody("{\"status\":\"Running\"}")));
        server.stubFor(get(urlPathEqualTo(dep + "/operationStatuses/42")).inScenario("dep").whenScenarioStateIs("failed")
                .willReturn(aResponse().withStatus(200).withBody("{\"status\":\"Failed\",\"error\":{\"code\":"
                        + "\"DeploymentFailed\",\"message\":\"At least one resource deployment operation failed.\"}}")));

        ArmOperation op = client().createOrUpdate(dep, ArmIds.RESOURCES_API, ArmBodies.deployment(ArmBodies.resourceGroup("x")));

        assertFalse(op.succeeded());
        assertEquals(List.of("Accepted", "Running", "Failed"), op.statesSeen());
        assertTrue(op.failureText().orElseThrow().contains("DeploymentFailed"), op::describe);
    }

    @Test
    void aGatewayIsFollowedThroughItsAsyncOperationThenReadOnce() {
        String gw = ArmIds.gateway(SUB, "rg", "gw");
        String status = "https://127.0.0.1:" + server.httpsPort() + "/subscriptions/" + SUB
                + "/providers/Microsoft.Network/locations/eastus/operations/op1?api-version=2024-01-01";
        server.stubFor(put(urlEqualTo(gw + "?api-version=2024-01-01")).willReturn(aResponse().withStatus(201)
                .withHeader("Azure-AsyncOperation", status).withHeader("Retry-After", "10")
                .withBody("{\"name\":\"gw\",\"properties\":{\"provisioningState\":\"Updating\"}}")));
        String poll = "/subscriptions/" + SUB + "/providers/Microsoft.Network/locations/eastus/operations/op1";
        server.stubFor(get(urlPathEqualTo(poll)).inScenario("gw").whenScenarioStateIs(STARTED).willSetStateTo("up")
                .willReturn(aResponse().withStatus(200).withBody("{\"status\":\"InProgress\"}")));
        server.stubFor(get(urlPathEqualTo(poll)).inScenario("gw").whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(200).withBody("{\"status\":\"Succeeded\"}")));
        server.stubFor(get(urlEqualTo(gw + "?api-version=2024-01-01")).willReturn(aResponse().withStatus(200)
                .withBody("{\"name\":\"gw\",\"properties\":{\"provisioningState\":\"Succeeded\"}}")));

        ArmOperation op = client().createOrUpdate(gw, ArmIds.NETWORK_API, ArmBodies.resourceGroup("eastus"));

        assertTrue(op.succeeded(), op::describe);
        assertEquals(List.of("Updating", "InProgress", "Succeeded"), op.statesSeen());
        assertEquals("Succeeded", op.last().resource().provisioningState());
        server.verify(1, getRequestedFor(urlEqualTo(gw + "?api-version=2024-01-01")));
        assertEquals(2, passed.size());
    }

    @Test
    void a202WithoutLocationIsAnErrorNotAHang() {
        server.stubFor(delete(urlEqualTo(HSM + "?api-version=2021-11-30")).willReturn(aResponse().withStatus(202)));

        TargetException e = assertThrows(TargetException.class, () -> client().deleteAndWait(HSM, ArmIds.HSM_API));

        assertTrue(e.getMessage().contains("without an Azure-AsyncOperation or Location"), e.getMessage());
    }

    @Test
    void pollingGivesUpAfterThePacingsPatienceWithTheStatesSeen() {
        server.stubFor(put(urlEqualTo(HSM + "?api-version=2021-11-30"))
                .willReturn(aResponse().withStatus(200).withBody(hsm("CheckingQuota", "..."))));
        server.stubFor(get(urlEqualTo(HSM + "?api-version=2021-11-30"))
                .willReturn(aResponse().withStatus(200).withBody(hsm("Allocating", "..."))));

        TargetException e = assertThrows(TargetException.class, () -> client(Optional.of(tls.caPem),
                Duration.ofMinutes(2)).createOrUpdate(HSM, ArmIds.HSM_API, ArmBodies.resourceGroup("x")));

        assertTrue(e.getMessage().contains("[CheckingQuota, Allocating]"), e.getMessage());
        assertEquals(4, passed.size());
    }

    @Test
    void aServerTheCaFileDoesNotVouchForIsRefused() throws Exception {
        StubTls other = StubTls.create(dir, "other");

        TargetException e = assertThrows(TargetException.class,
                () -> client(Optional.of(other.caPem), Duration.ofMinutes(1)).get(HSM, ArmIds.HSM_API));

        assertTrue(e.getMessage().contains("token"), e.getMessage());
    }

    @Test
    void anExpiredTokenIsFetchedAgainOnce() {
        server.stubFor(get(urlEqualTo(HSM + "?api-version=2021-11-30")).inScenario("auth").whenScenarioStateIs(STARTED)
                .willSetStateTo("again").willReturn(aResponse().withStatus(401)
                        .withBody("{\"error\":{\"code\":\"ExpiredAuthenticationToken\",\"message\":\"expired\"}}")));
        server.stubFor(get(urlEqualTo(HSM + "?api-version=2021-11-30")).inScenario("auth").whenScenarioStateIs("again")
                .willReturn(aResponse().withStatus(200).withBody(hsm("Succeeded", "ready"))));

        assertEquals(200, client().get(HSM, ArmIds.HSM_API).status());
        server.verify(2, postRequestedFor(urlEqualTo("/adfs/oauth2/token")));
    }
}
