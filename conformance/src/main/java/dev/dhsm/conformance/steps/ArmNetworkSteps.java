package dev.dhsm.conformance.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dhsm.conformance.arm.ArmBodies;
import dev.dhsm.conformance.arm.ArmIds;
import dev.dhsm.conformance.arm.ArmOperation;
import dev.dhsm.conformance.arm.ArmResponse;
import dev.dhsm.conformance.target.ArmNetworkNames;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.Optional;

/**
 * The customer's network for Dedicated HSMs as Azure sees it: a VNet, the HSM subnet with (or without) its
 * delegation to {@code Microsoft.HardwareSecurityModules/dedicatedHSMs}, the {@code GatewaySubnet}, and the
 * ExpressRoute gateway with its public IP, whose {@code provisioningState} a tool outside the template must wait
 * for (FM-03, FM-04, FM-05, FM-09).
 */
public final class ArmNetworkSteps {
    public static final String HSM_SERVICE = ArmIds.HSM_TYPE;

    private final ArmWorld arm;

    public ArmNetworkSteps(ArmWorld arm) {
        this.arm = arm;
    }

    @Given("the network {string} is ready for Dedicated HSMs")
    public void networkReady(String vnet) {
        virtualNetwork(vnet);
        hsmSubnetDelegated("hsmsubnet", vnet);
        gatewayDeployed(vnet + "-gw", vnet);
    }

    /** A VNet with the target's address space (10.2.0.0/16 on a subscription; the fleet's 127.0.0.0/16 on the emulator). */
    @Given("the virtual network {string}")
    public void virtualNetwork(String vnet) {
        virtualNetwork(vnet, names().addressSpace());
    }

    @Given("the HSM subnet {string} of {string} delegated to Dedicated HSMs")
    public void hsmSubnetDelegated(String subnet, String vnet) {
        delegatedSubnet(subnet, vnet, names().hsmSubnetRange());
    }

    @Given("the HSM subnet {string} of {string} without a delegation")
    public void hsmSubnetPlain(String subnet, String vnet) {
        plainSubnet(subnet, vnet, names().hsmSubnetRange());
    }

    @Given("a second subnet {string} of {string} without a delegation")
    public void secondSubnet(String subnet, String vnet) {
        plainSubnet(subnet, vnet, names().secondSubnetRange());
    }

    @Given("the gateway subnet of {string}")
    public void gatewaySubnet(String vnet) {
        plainSubnet(ArmIds.GATEWAY_SUBNET, vnet, names().gatewaySubnetRange());
    }

    ArmNetworkNames names() {
        return arm.endpoint().network();
    }

    /**
     * The go-live checks' network: on a customer's subscription it is there already under the target's names; on
     * a lab target (the emulator) the step deploys it under those names first, so the read-only checks pass there.
     */
    @Given("the customer's network for Dedicated HSMs is in place")
    public void customerNetwork() {
        ArmNetworkNames names = arm.endpoint().network();
        if (arm.isLab()) {
            arm.createResourceGroup(names.resourceGroup());
            virtualNetwork(names.virtualNetwork());
            hsmSubnetDelegated(names.hsmSubnet(), names.virtualNetwork());
            gatewayDeployed(names.gateway(), names.virtualNetwork());
        } else {
            arm.useResourceGroup(names.resourceGroup());
            arm.hsmSubnetIs(names.virtualNetwork(), names.hsmSubnet());
        }
    }

    @Then("the customer's HSM subnet is delegated to {string}")
    public void customerSubnetDelegated(String service) {
        ArmNetworkNames names = arm.endpoint().network();
        ArmResponse r = arm.note(arm.client().get(subnetId(names.virtualNetwork(), names.hsmSubnet()),
                ArmIds.NETWORK_API));
        assertTrue(r.isSuccess(), () -> "Could not read the HSM subnet: " + r.describe());
        boolean delegated = false;
        for (var d : r.body().path("properties").path("delegations")) {
            delegated |= service.equalsIgnoreCase(d.path("properties").path("serviceName").asText());
        }
        assertTrue(delegated, () -> "The subnet " + names.hsmSubnet() + " is not delegated to " + service
                + "; add the delegation (az network vnet subnet update --delegations " + service + "): "
                + r.describe());
    }

    @Then("the customer's gateway reports the provisioning state {string}")
    public void customerGateway(String state) {
        gatewayReports(arm.endpoint().network().gateway(), state);
    }

    @Given("the virtual network {string} with the address space {string}")
    public void virtualNetwork(String vnet, String prefix) {
        ArmOperation op = arm.record(vnet, arm.client().createOrUpdate(vnetId(vnet), ArmIds.NETWORK_API,
                ArmBodies.virtualNetwork(arm.location(), prefix)));
        assertTrue(op.succeeded(), () -> "Could not create the virtual network " + vnet + ": " + op.describe());
        arm.vnetPrefixIs(vnet, prefix);
    }

    @Given("the subnet {string} of {string} with the range {string} delegated to Dedicated HSMs")
    public void delegatedSubnet(String subnet, String vnet, String prefix) {
        putSubnet(subnet, vnet, prefix, Optional.of(HSM_SERVICE));
    }

    @Given("the subnet {string} of {string} with the range {string} and no delegation")
    public void plainSubnet(String subnet, String vnet, String prefix) {
        putSubnet(subnet, vnet, prefix, Optional.empty());
    }

    @When("the customer delegates the subnet {string} of {string} to Dedicated HSMs")
    public void delegate(String subnet, String vnet) {
        String prefix = arm.subnetPrefix(vnet, subnet).orElseThrow(() -> new IllegalStateException(
                "the scenario has not made the subnet " + subnet));
        putSubnet(subnet, vnet, prefix, Optional.of(HSM_SERVICE));
    }

    private void putSubnet(String subnet, String vnet, String prefix, Optional<String> delegation) {
        ArmOperation op = arm.record(vnet + "/" + subnet, arm.client().createOrUpdate(subnetId(vnet, subnet),
                ArmIds.NETWORK_API, ArmBodies.subnet(subnet, prefix, delegation)));
        assertTrue(op.succeeded(), () -> "Could not create the subnet " + subnet + ": " + op.describe());
        arm.subnetPrefixIs(vnet, subnet, prefix);
        if (!subnet.equals(ArmIds.GATEWAY_SUBNET) && (delegation.isPresent() || !arm.hasHsmSubnet())) {
            arm.hsmSubnetIs(vnet, subnet);
        }
    }

    @Given("the ExpressRoute gateway {string} of {string} has finished deploying")
    public void gatewayDeployed(String gateway, String vnet) {
        ArmOperation op = deployGateway(gateway, vnet);
        assertTrue(op.succeeded(), () -> "The gateway " + gateway + " did not deploy: " + op.describe());
    }

    @When("the customer deploys the ExpressRoute gateway {string} in {string}")
    public void deploysGateway(String gateway, String vnet) {
        deployGateway(gateway, vnet);
    }

    private ArmOperation deployGateway(String gateway, String vnet) {
        String publicIp = prepareGateway(gateway, vnet);
        return arm.record(gateway, arm.client().createOrUpdate(gatewayId(gateway), ArmIds.NETWORK_API,
                ArmBodies.expressRouteGateway(arm.location(), subnetId(vnet, ArmIds.GATEWAY_SUBNET), publicIp)));
    }

    @When("the customer starts deploying the ExpressRoute gateway {string} in {string}")
    public void startGateway(String gateway, String vnet) {
        String publicIp = prepareGateway(gateway, vnet);
        ArmResponse r = arm.note(arm.client().put(gatewayId(gateway), ArmIds.NETWORK_API,
                ArmBodies.expressRouteGateway(arm.location(), subnetId(vnet, ArmIds.GATEWAY_SUBNET), publicIp)));
        assertTrue(r.isSuccess(), () -> "The gateway deployment was not accepted: " + r.describe());
    }

    /** The {@code GatewaySubnet} (x.y.255.0/26 of the VNet's /16, as the tutorials use) and the public IP. */
    private String prepareGateway(String gateway, String vnet) {
        if (arm.subnetPrefix(vnet, ArmIds.GATEWAY_SUBNET).isEmpty()) {
            String prefix = arm.vnetPrefix(vnet).orElseThrow(() -> new IllegalStateException(
                    "the scenario has not made the virtual network " + vnet));
            String[] octets = prefix.split("[./]");
            putSubnet(ArmIds.GATEWAY_SUBNET, vnet, octets[0] + "." + octets[1] + ".255.0/26", Optional.empty());
        }
        String publicIp = ArmIds.publicIp(arm.subscription(), arm.resourceGroup(), gateway + "-ip");
        ArmOperation ip = arm.record(gateway + "-ip", arm.client().createOrUpdate(publicIp, ArmIds.NETWORK_API,
                ArmBodies.publicIp(arm.location())));
        assertTrue(ip.succeeded(), () -> "Could not create the gateway's public IP: " + ip.describe());
        return publicIp;
    }

    @When("the customer waits until the gateway {string} has finished deploying")
    public void waitForGateway(String gateway) {
        arm.record(gateway, arm.client().awaitTerminal(gatewayId(gateway), ArmIds.NETWORK_API));
    }

    @Then("the gateway {string} reports the provisioning state {string}")
    public void gatewayReports(String gateway, String state) {
        ArmResponse r = arm.note(arm.client().get(gatewayId(gateway), ArmIds.NETWORK_API));
        assertTrue(r.isSuccess(), () -> "Could not read the gateway " + gateway + ": " + r.describe());
        assertEquals(state, r.resource().provisioningState(), () -> r.describe());
    }

    @Then("the gateway {string} showed the provisioning state {string} before {string}")
    public void gatewayShowed(String gateway, String during, String end) {
        ArmOperation op = arm.operation(gateway);
        int a = op.statesSeen().indexOf(during);
        int b = op.statesSeen().lastIndexOf(end);
        assertTrue(a >= 0 && b > a, () -> "Expected " + during + " then " + end + "; " + op.describe());
    }

    @Then("the gateway {string} fails to deploy with a message naming {string}")
    public void gatewayFails(String gateway, String text) {
        ArmHsmSteps.assertFailedNaming(arm.operation(gateway), gateway, text);
    }

    @Then("the gateway {string} is deployed")
    public void gatewayDeployedOk(String gateway) {
        ArmOperation op = arm.operation(gateway);
        assertTrue(op.succeeded(), () -> "The gateway " + gateway + " did not deploy: " + op.describe());
    }

    private String vnetId(String vnet) {
        return ArmIds.virtualNetwork(arm.subscription(), arm.resourceGroup(), vnet);
    }

    private String subnetId(String vnet, String subnet) {
        return ArmIds.subnet(arm.subscription(), arm.resourceGroup(), vnet, subnet);
    }

    private String gatewayId(String gateway) {
        return ArmIds.gateway(arm.subscription(), arm.resourceGroup(), gateway);
    }
}
