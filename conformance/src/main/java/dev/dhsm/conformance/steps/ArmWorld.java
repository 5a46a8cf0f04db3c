package dev.dhsm.conformance.steps;

import dev.dhsm.conformance.arm.ArmBodies;
import dev.dhsm.conformance.arm.ArmClient;
import dev.dhsm.conformance.arm.ArmIds;
import dev.dhsm.conformance.arm.ArmOperation;
import dev.dhsm.conformance.arm.ArmResponse;
import dev.dhsm.conformance.driver.HttpsArmClient;
import dev.dhsm.conformance.target.ArmControl;
import dev.dhsm.conformance.target.ArmEndpoint;
import dev.dhsm.conformance.target.Capability;
import dev.dhsm.conformance.target.EmulatorControl;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * One scenario's Azure side, shared by the ARM step classes: the client for the target's ARM endpoint (made on
 * first use), the resource group the scenario works in, the networks it made, and every long-running operation
 * it started, by resource name, with the requests and answers kept for the report of a failed scenario.
 */
public final class ArmWorld {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final World world;
    private ArmClient client;
    private String resourceGroup;
    private boolean groupCreatedHere;
    private String hsmVnet;
    private String hsmSubnet;
    private final Map<String, String> subnetPrefixes = new HashMap<>();
    private final Map<String, String> vnetPrefixes = new HashMap<>();
    private final Map<String, ArmOperation> operations = new LinkedHashMap<>();
    private final List<String> transcript = new ArrayList<>();

    public ArmWorld(World world) {
        this.world = world;
    }

    /** Skips unless the target has an ARM endpoint. */
    public ArmEndpoint endpoint() {
        world.require(Capability.ARM, "the scenario talks to Azure Resource Manager");
        return world.target().arm().orElseThrow(() -> new IllegalStateException(
                world.target().name() + " claims ARM but offers no ARM endpoint"));
    }

    /** The ARM client, made on first use; skips the scenario when the target has no ARM endpoint. */
    public ArmClient client() {
        if (client == null) {
            client = world.track(HttpsArmClient.open(endpoint(), TIMEOUT));
        }
        return client;
    }

    /** The emulator's control of the Azure side; skips the scenario on a target without one. */
    public ArmControl control() {
        endpoint();
        Optional<ArmControl> arm = world.target().control().flatMap(EmulatorControl::arm);
        Assumptions.assumeTrue(arm.isPresent(), () -> "Skipped: " + world.target().name()
                + " cannot change Microsoft's side of the service (allow list, device pool) on demand");
        return arm.get();
    }

    /** Skips unless the subscription may be used to create resources. */
    public void requireDeployments() {
        endpoint();
        world.require(Capability.ARM_DEPLOYMENTS, "the scenario creates and deletes Azure resources");
    }

    /** The scenario's resource group, created on first use (a fresh name, so a real subscription is not touched). */
    public String resourceGroup() {
        if (resourceGroup == null) {
            createResourceGroup("dhsm-conformance-" + UUID.randomUUID().toString().substring(0, 8));
            groupCreatedHere = true;
        }
        return resourceGroup;
    }

    /** Creates (or updates) the resource group {@code name} and works in it from now on. */
    public void createResourceGroup(String name) {
        requireDeployments();
        ArmOperation op = record(name, client().createOrUpdate(ArmIds.resourceGroup(client().subscriptionId(), name),
                ArmIds.RESOURCES_API, ArmBodies.resourceGroup(client().location())));
        if (!op.succeeded()) {
            throw new AssertionError("Could not create the resource group " + name + ": " + op.describe());
        }
        resourceGroup = name;
    }

    /** Whether the target is a lab whose Azure side the suite controls (the emulator), not a customer's subscription. */
    public boolean isLab() {
        return world.target().control().flatMap(EmulatorControl::arm).isPresent();
    }

    /** Uses an existing resource group (the customer's, for the go-live checks). */
    public void useResourceGroup(String name) {
        this.resourceGroup = name;
    }

    public String subscription() {
        return client().subscriptionId();
    }

    public String location() {
        return client().location();
    }

    public boolean hasHsmSubnet() {
        return hsmSubnet != null;
    }

    public void hsmSubnetIs(String vnet, String subnet) {
        this.hsmVnet = vnet;
        this.hsmSubnet = subnet;
    }

    /** The id of the subnet HSMs go to: the last one the scenario made or named for them. */
    public String hsmSubnetId() {
        if (hsmSubnet == null) {
            throw new IllegalStateException("the scenario has not set up a subnet for the HSMs yet");
        }
        return ArmIds.subnet(subscription(), resourceGroup(), hsmVnet, hsmSubnet);
    }

    public void vnetPrefixIs(String vnet, String prefix) {
        vnetPrefixes.put(vnet, prefix);
    }

    public Optional<String> vnetPrefix(String vnet) {
        return Optional.ofNullable(vnetPrefixes.get(vnet));
    }

    public void subnetPrefixIs(String vnet, String subnet, String prefix) {
        subnetPrefixes.put(vnet + "/" + subnet, prefix);
    }

    public Optional<String> subnetPrefix(String vnet, String subnet) {
        return Optional.ofNullable(subnetPrefixes.get(vnet + "/" + subnet));
    }

    /** Keeps an operation under the name of the resource it was about, and in the transcript. */
    public ArmOperation record(String name, ArmOperation op) {
        operations.put(name, op);
        transcript.add(name + ": " + op.describe());
        return op;
    }

    public ArmResponse note(ArmResponse r) {
        transcript.add(r.describe());
        return r;
    }

    public ArmOperation operation(String name) {
        ArmOperation op = operations.get(name);
        if (op == null) {
            throw new IllegalStateException("the scenario has not deployed or deleted '" + name + "' yet");
        }
        return op;
    }

    /**
     * On a real subscription, removes what the scenario created there: every dedicatedHSM of its resource group first
     * (deleting the group alone would leave them orphaned and billed), then the group. Nothing to do on a lab target,
     * which is thrown away with the scenario, or when the scenario made no group of its own.
     *
     * @return what could not be removed, empty when all is gone
     */
    public List<String> removeWhatTheScenarioCreated() {
        List<String> left = new ArrayList<>();
        if (client == null || !groupCreatedHere || isLab()) {
            return left;
        }
        ArmResponse list = note(client.get(ArmIds.dedicatedHsms(subscription(), resourceGroup), ArmIds.HSM_API));
        for (var hsm : list.body().path("value")) {
            String id = hsm.path("id").asText();
            ArmOperation op = record("cleanup " + id, client.deleteAndWait(id, ArmIds.HSM_API));
            if (!op.succeeded()) {
                left.add(id + ": " + op.failureText().orElse(""));
            }
        }
        ArmOperation group = record("cleanup " + resourceGroup, client.deleteAndWait(
                ArmIds.resourceGroup(subscription(), resourceGroup), ArmIds.RESOURCES_API));
        if (!group.succeeded()) {
            left.add(ArmIds.resourceGroup(subscription(), resourceGroup) + ": " + group.failureText().orElse(""));
        }
        return left;
    }

    /** Every request and answer the scenario's ARM steps made, for the report of a failed scenario. */
    public String transcript() {
        return String.join("\n", transcript);
    }
}
