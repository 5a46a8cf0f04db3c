package dev.dhsm.app.arm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpClient;
import com.azure.core.http.netty.NettyAsyncHttpClientBuilder;
import com.azure.core.management.AzureEnvironment;
import com.azure.core.management.exception.ManagementException;
import com.azure.core.management.profile.AzureProfile;
import com.azure.resourcemanager.resources.ResourceManager;
import com.azure.resourcemanager.resources.models.GenericResource;
import com.azure.resourcemanager.resources.models.Sku;
import dev.dhsm.app.junit.DhsmFleet;
import dev.dhsm.app.junit.DhsmHandle;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/**
 * The Azure SDK for Java (the generic resources client of azure-resourcemanager-resources, Netty HTTP client)
 * against the facade with a custom {@link AzureEnvironment}: its token from the ADFS endpoint, its long-running
 * operation pollers on PUT (provisioning state: the PUT answers {@code CheckingQuota}, the first poll finds
 * {@code Succeeded} because the provisioning times are set to zero), DELETE ({@code Location}) and the
 * gateway's {@code Azure-AsyncOperation}, and its error model.
 */
@DhsmFleet(stamps = 1, https = true)
class AzureSdkTest {
    private static final String API = "2021-11-30";
    private static final String NET = "2024-01-01";

    /** A client-credentials grant against the facade's token endpoint, as a service principal's login does. */
    private static TokenCredential adfsCredential(ArmHttp http) {
        return request -> Mono.fromCallable(() -> new AccessToken(http.token(),
                OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(AdfsTokens.LIFETIME)));
    }

    static ResourceManager resourceManager(DhsmHandle dhsm) throws Exception {
        String base = dhsm.controlUri().resolve("/").toString();
        AzureEnvironment environment = new AzureEnvironment(Map.of(
                "resourceManagerEndpointUrl", base,
                "managementEndpointUrl", ArmIdentity.AUDIENCE,
                "activeDirectoryEndpointUrl", base + "adfs/"));
        SslContext tls = SslContextBuilder.forClient().trustManager(dhsm.caCertificate().toFile()).build();
        HttpClient http = new NettyAsyncHttpClientBuilder(reactor.netty.http.client.HttpClient.create()
                .secure(spec -> spec.sslContext(tls))).build();
        return ResourceManager.configure().withHttpClient(http)
                .authenticate(adfsCredential(new ArmHttp(dhsm)), new AzureProfile(ArmIdentity.TENANT,
                        ArmIdentity.SUBSCRIPTION, environment))
                .withSubscription(ArmIdentity.SUBSCRIPTION);
    }

    private static GenericResource create(ResourceManager rm, String namespace, String type, String name,
                                          String apiVersion, Object properties) {
        return rm.genericResources().define(name).withRegion("eastus").withExistingResourceGroup("sdkrg")
                .withResourceType(type).withProviderNamespace(namespace).withoutPlan().withApiVersion(apiVersion)
                .withProperties(properties).create();
    }

    @Test
    void theGenericClientCreatesAnHsmPollsItToSucceededAndDeletesIt(DhsmHandle dhsm) throws Exception {
        dhsm.control().resetArm();
        // Retry-After 1, not 0: azure-core treats 0 as no Retry-After and waits its default 30 s
        dhsm.control().changeArmSettings(ArmSettingsChange.none().withRetryAfterSeconds(1)
                .withTimes(Duration.ZERO, Duration.ZERO, Duration.ZERO));
        ResourceManager rm = resourceManager(dhsm);
        rm.resourceGroups().define("sdkrg").withRegion("eastus").create();
        create(rm, "Microsoft.Network", "virtualNetworks", "vnet", NET, Map.of(
                "addressSpace", Map.of("addressPrefixes", List.of("127.0.0.0/16")),
                "subnets", List.of(
                        Map.of("name", "hsmsubnet", "properties", Map.of("addressPrefix", "127.0.1.0/24",
                                "delegations", List.of(Map.of("name", "0", "properties",
                                        Map.of("serviceName", "Microsoft.HardwareSecurityModules/dedicatedHSMs"))))),
                        Map.of("name", "GatewaySubnet", "properties", Map.of("addressPrefix", "127.0.255.0/26")))));
        String vnetId = "/subscriptions/" + ArmIdentity.SUBSCRIPTION
                + "/resourceGroups/sdkrg/providers/Microsoft.Network/virtualNetworks/vnet";
        GenericResource gateway = create(rm, "Microsoft.Network", "virtualNetworkGateways", "gw", NET, Map.of(
                "gatewayType", "ExpressRoute", "sku", Map.of("name", "Standard", "tier", "Standard"),
                "ipConfigurations", List.of(Map.of("name", "default", "properties",
                        Map.of("subnet", Map.of("id", vnetId + "/subnets/GatewaySubnet"))))));
        assertEquals("Succeeded", ((Map<?, ?>) gateway.properties()).get("provisioningState"));

        GenericResource hsm = rm.genericResources().define("hsm1").withRegion("eastus")
                .withExistingResourceGroup("sdkrg").withResourceType("dedicatedHSMs")
                .withProviderNamespace("Microsoft.HardwareSecurityModules").withoutPlan().withApiVersion(API)
                .withProperties(Map.of("stampId", "stamp1", "networkProfile",
                        Map.of("subnet", Map.of("id", vnetId + "/subnets/hsmsubnet"))))
                .withSku(new Sku().withName("SafeNet Luna Network HSM A790")).create();
        Map<?, ?> props = (Map<?, ?>) hsm.properties();
        assertEquals("Succeeded", props.get("provisioningState"));
        Map<?, ?> nic = (Map<?, ?>) ((List<?>) ((Map<?, ?>) props.get("networkProfile")).get("networkInterfaces"))
                .get(0);
        assertEquals("127.0.1.1", nic.get("privateIpAddress"));

        GenericResource fetched = rm.genericResources().getById(hsm.id(), API);
        assertEquals("SafeNet Luna Network HSM A790", fetched.sku().name());
        rm.genericResources().deleteById(hsm.id(), API);
        ManagementException gone = assertThrows(ManagementException.class,
                () -> rm.genericResources().getById(hsm.id(), API));
        assertEquals(404, gone.getResponse().getStatusCode());
        assertEquals("ResourceNotFound", gone.getValue().getCode());
    }
}
