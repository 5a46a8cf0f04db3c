package dev.dhsm.conformance.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dhsm.conformance.arm.ArmIds;
import dev.dhsm.conformance.arm.ArmResponse;
import dev.dhsm.conformance.lunash.HsmShowReport;
import dev.dhsm.conformance.target.ApplianceAddress;
import dev.dhsm.conformance.target.LunashResponse;
import dev.dhsm.conformance.target.LunashSession;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.HashMap;
import java.util.Map;

/**
 * The service around the HSM resources: Microsoft's allow list (FM-01) and device pool (FM-07), the NIC that
 * follows each HSM and holds the address its appliance answers on (FM-08), and the appliance behind a resource,
 * reached over SSH at that address, going back to the free pool after deletion (FM-24).
 */
public final class ArmServiceSteps {
    private final World world;
    private final ArmWorld arm;
    private final ArmHsmSteps hsms;
    private final Map<String, String> devices = new HashMap<>();
    private final Map<String, ApplianceAddress> addresses = new HashMap<>();

    public ArmServiceSteps(World world, ArmWorld arm, ArmHsmSteps hsms) {
        this.world = world;
        this.arm = arm;
        this.hsms = hsms;
    }

    @Given("the target manages Dedicated HSMs through Azure Resource Manager")
    public void armPresent() {
        arm.endpoint();
    }

    @Given("the subscription may be used to deploy Dedicated HSMs")
    public void mayDeploy() {
        arm.requireDeployments();
        arm.resourceGroup();
    }

    @Given("Microsoft's side of the service can be changed on demand")
    public void controlPresent() {
        arm.control();
    }

    @Given("the subscription is not on the Dedicated HSM allow list")
    public void notAllowed() {
        arm.control().allowSubscription(arm.subscription(), false);
    }

    @When("Microsoft puts the subscription on the Dedicated HSM allow list")
    public void allow() {
        arm.control().allowSubscription(arm.subscription(), true);
    }

    @Then("the subscription is registered for the resource provider {string}")
    public void registered(String namespace) {
        ArmResponse r = arm.note(arm.client().get("/subscriptions/" + arm.subscription() + "/providers/" + namespace,
                ArmIds.RESOURCES_API));
        assertTrue(r.isSuccess(), () -> "Could not read the provider " + namespace + ": " + r.describe());
        assertEquals("Registered", r.body().path("registrationState").asText(), r::describe);
    }

    @Given("other customers hold every customer device of stamp {int}")
    public void stampFull(int stamp) {
        arm.control().occupyCustomerDevices(stamp, 12);
    }

    @Given("other customers hold every customer device in the region")
    public void regionFull() {
        for (int stamp = 1; stamp <= arm.control().stamps(); stamp++) {
            arm.control().occupyCustomerDevices(stamp, 12);
        }
    }

    @Then("the network interface {string} sits next to the Dedicated HSM {string} and holds its private IP address")
    public void nicNextToHsm(String nic, String hsm) {
        String ip = hsms.privateIp(hsm);
        ArmResponse h = hsms.read(hsm);
        String nicId = h.resource().text("/properties/networkProfile/networkInterfaces/0/id").orElse("");
        String expected = ArmIds.networkInterface(arm.subscription(), arm.resourceGroup(), nic);
        assertTrue(expected.equalsIgnoreCase(nicId), () -> "The HSM's NIC is '" + nicId + "', not " + expected
                + ": " + h.describe());
        ArmResponse r = arm.note(arm.client().get(expected, ArmIds.NETWORK_API));
        assertTrue(r.isSuccess(), () -> "Could not read the NIC " + nic + ": " + r.describe());
        assertEquals(ip, r.resource().text("/properties/ipConfigurations/0/properties/privateIPAddress").orElse(""),
                r::describe);
    }

    @When("the administrator logs in over SSH at the private IP address of the Dedicated HSM {string}")
    public void sshToHsm(String hsm) {
        String ip = hsms.privateIp(hsm);
        ApplianceAddress at = world.target().applianceAt(ip);
        addresses.put(hsm, at);
        world.target().control().flatMap(c -> c.arm())
                .flatMap(c -> c.deviceOf(hsms.hsmId(hsm))).ifPresent(d -> devices.put(hsm, d));
        world.loginOverSshAt(at);
    }

    @Then("the device that ran the Dedicated HSM {string} is back in the free pool")
    public void backInPool(String hsm) {
        String device = devices.get(hsm);
        if (device == null) {
            throw new IllegalStateException("the scenario has not logged in to " + hsm + "'s appliance");
        }
        assertTrue(arm.control().inFreePool(device), () -> device + " is not back in the free pool");
    }

    @Then("the appliance that ran the Dedicated HSM {string} is factory-fresh")
    public void applianceReset(String hsm) {
        ApplianceAddress at = addresses.get(hsm);
        if (at == null) {
            throw new IllegalStateException("the scenario has not logged in to " + hsm + "'s appliance");
        }
        LunashSession s = world.track(world.target().openShell(at,
                world.target().adminAccount().withReplacement(world.choosePassword())));
        world.adminIs(s.account());
        world.useShell(s);
        LunashResponse r = world.observe("hsm show");
        HsmSteps.requireSuccess(r);
        assertTrue(HsmShowReport.parse(r).zeroized(), () -> "Expected a factory-fresh HSM; " + r.describe());
    }
}
