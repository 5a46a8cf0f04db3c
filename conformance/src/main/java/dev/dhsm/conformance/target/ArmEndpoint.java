package dev.dhsm.conformance.target;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an Azure Resource Manager endpoint that serves {@code Microsoft.HardwareSecurityModules/dedicatedHSMs}
 * answers, and what a client needs to call it: the ARM base URL, the CA file to trust (empty: the JVM's default
 * trust, as for {@code management.azure.com}), the subscription, tenant and region, how to get a bearer token,
 * how time passes while a long-running operation is polled, and the names of the customer's network for the
 * read-only go-live checks.
 *
 * @param resourceManager the ARM base, e.g. {@code https://127.0.0.1:8443/} or {@code https://management.azure.com/}
 * @param caFile          the PEM CA certificate(s) to trust; empty for the default trust store
 * @param subscriptionId  the subscription the scenarios work in
 * @param tenantId        the tenant the subscription belongs to
 * @param location        the region, e.g. {@code eastus}
 * @param credential      how the bearer token is obtained
 * @param pacing          how the poller lets time pass between polls
 * @param network         the customer's existing resource group, VNet, HSM subnet and gateway (go-live checks)
 */
public record ArmEndpoint(URI resourceManager, Optional<Path> caFile, String subscriptionId, String tenantId,
                          String location, ArmCredential credential, ArmPacing pacing, ArmNetworkNames network) {
    public ArmEndpoint {
        Objects.requireNonNull(resourceManager, "resourceManager");
        Objects.requireNonNull(caFile, "caFile");
        Objects.requireNonNull(subscriptionId, "subscriptionId");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(credential, "credential");
        Objects.requireNonNull(pacing, "pacing");
        Objects.requireNonNull(network, "network");
    }

    /** Azure's public cloud ARM endpoint. */
    public static final URI AZURE_RESOURCE_MANAGER = URI.create("https://management.azure.com/");

    /**
     * The hook for a real subscription (a target file's {@code arm} section): Azure's public ARM endpoint with the
     * JVM's default trust, a token from {@code DHSM_ARM_TOKEN} when it is set and otherwise from
     * {@code az account get-access-token}, and real-time polling that honours {@code Retry-After} for up to
     * {@code patience}.
     */
    public static ArmEndpoint azure(String subscriptionId, String tenantId, String location, ArmNetworkNames network,
                                    java.time.Duration patience) {
        String token = System.getenv(ArmCredential.FromEnvironment.DEFAULT_VARIABLE);
        ArmCredential credential = token != null && !token.isBlank()
                ? new ArmCredential.FromEnvironment(ArmCredential.FromEnvironment.DEFAULT_VARIABLE)
                : new ArmCredential.AzureCli(ArmCredential.AzureCli.MANAGEMENT);
        return new ArmEndpoint(AZURE_RESOURCE_MANAGER, Optional.empty(), subscriptionId, tenantId, location, credential,
                new dev.dhsm.conformance.driver.RealTimePacing(patience), network);
    }

    /** The same endpoint working in another subscription (same tenant, same credential). */
    public ArmEndpoint inSubscription(String otherSubscription) {
        return new ArmEndpoint(resourceManager, caFile, otherSubscription, tenantId, location, credential, pacing,
                network);
    }
}
