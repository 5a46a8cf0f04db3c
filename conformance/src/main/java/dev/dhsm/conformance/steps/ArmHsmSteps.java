package dev.dhsm.conformance.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dhsm.conformance.arm.ArmBodies;
import dev.dhsm.conformance.arm.ArmIds;
import dev.dhsm.conformance.arm.ArmOperation;
import dev.dhsm.conformance.arm.ArmResponse;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.Locale;
import java.util.Optional;

/**
 * Dedicated HSM resources as a customer handles them through ARM: creating one in a stamp (and, with an explicit
 * private IP, FM-10), following its provisioning to {@code Succeeded} or {@code Failed}, reading its
 * {@code statusMessage}, and deleting it (FM-06, FM-24).
 */
public final class ArmHsmSteps {
    private final ArmWorld arm;

    public ArmHsmSteps(ArmWorld arm) {
        this.arm = arm;
    }

    @When("the customer creates the Dedicated HSM {string} in stamp {string}")
    public void create(String name, String stamp) {
        createHsm(name, stamp, Optional.empty());
    }

    @When("the customer creates the Dedicated HSM {string} in stamp {string} with the private IP address {string}")
    public void createWithIp(String name, String stamp, String ip) {
        createHsm(name, stamp, Optional.of(ip));
    }

    @When("the customer creates the Dedicated HSM {string} in stamp {string} on the subnet {string} of {string}")
    public void createOnSubnet(String name, String stamp, String subnet, String vnet) {
        arm.record(name, arm.client().createOrUpdate(hsmId(name), ArmIds.HSM_API, ArmBodies.dedicatedHsm(
                arm.location(), stamp, ArmIds.subnet(arm.subscription(), arm.resourceGroup(), vnet, subnet),
                Optional.empty())));
    }

    @When("the customer creates the Dedicated HSM {string} in stamp {string} with address {int} of the HSM subnet as its private IP")
    public void createWithSubnetAddress(String name, String stamp, int n) {
        createHsm(name, stamp, Optional.of(arm.endpoint().network().hsmSubnetAddress(n)));
    }

    @When("the customer creates the Dedicated HSM {string} in stamp {string} with a private IP outside the HSM subnet")
    public void createOutsideSubnet(String name, String stamp) {
        createHsm(name, stamp, Optional.of(arm.endpoint().network().addressOutsideHsmSubnet(5)));
    }

    @Then("the Dedicated HSM {string} fails to deploy with a message naming the address outside the HSM subnet")
    public void failsNamingOutsideAddress(String name) {
        failsNaming(name, arm.endpoint().network().addressOutsideHsmSubnet(5));
    }

    @Then("the Dedicated HSM {string} has address {int} of the HSM subnet as its private IP")
    public void hasSubnetAddress(String name, int n) {
        hasIp(name, arm.endpoint().network().hsmSubnetAddress(n));
    }

    @Then("the private IP address of the Dedicated HSM {string} lies in the HSM subnet")
    public void ipInHsmSubnet(String name) {
        ipInRange(name, arm.endpoint().network().hsmSubnetRange());
    }

    @Given("the Dedicated HSM {string} has been created in stamp {string}")
    public void created(String name, String stamp) {
        create(name, stamp);
        provisioned(name);
    }

    private void createHsm(String name, String stamp, Optional<String> ip) {
        arm.record(name, arm.client().createOrUpdate(hsmId(name), ArmIds.HSM_API,
                ArmBodies.dedicatedHsm(arm.location(), stamp, arm.hsmSubnetId(), ip)));
    }

    @Then("the Dedicated HSM {string} is provisioned")
    public void provisioned(String name) {
        ArmOperation op = arm.operation(name);
        assertTrue(op.succeeded(), () -> "The Dedicated HSM " + name + " did not provision: " + op.describe());
        assertEquals("Succeeded", op.last().resource().provisioningState(), op::describe);
    }

    @Then("the Dedicated HSM {string} fails to deploy with a message naming {string}")
    public void failsNaming(String name, String text) {
        assertFailedNaming(arm.operation(name), name, text);
    }

    @Then("the Dedicated HSM {string} fails to deploy with a message naming {string} and {string}")
    public void failsNamingBoth(String name, String first, String second) {
        assertFailedNaming(arm.operation(name), name, first);
        assertFailedNaming(arm.operation(name), name, second);
    }

    /** The operation was refused or ended {@code Failed}, and what it says mentions {@code text} (any case). */
    static void assertFailedNaming(ArmOperation op, String name, String text) {
        Optional<String> failure = op.failureText();
        assertTrue(failure.isPresent(), () -> name + " was expected to fail but succeeded: " + op.describe());
        assertTrue(failure.get().toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT)),
                () -> "The failure of " + name + " does not mention '" + text + "': " + failure.get()
                        + "\n(" + op.describe() + ")");
    }

    @Then("the Dedicated HSM {string} reports the provisioning state {string}")
    public void reportsState(String name, String state) {
        ArmResponse r = read(name);
        assertTrue(r.isSuccess(), () -> "Could not read the Dedicated HSM " + name + ": " + r.describe());
        assertEquals(state, r.resource().provisioningState(), r::describe);
    }

    @Then("the status message of the Dedicated HSM {string} names {string}")
    public void statusMessageNames(String name, String text) {
        ArmResponse r = read(name);
        String message = r.resource().statusMessage().orElse("");
        assertTrue(message.toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT)),
                () -> "The statusMessage of " + name + " does not mention '" + text + "': " + r.describe());
    }

    @Then("the Dedicated HSM {string} has the private IP address {string}")
    public void hasIp(String name, String ip) {
        assertEquals(ip, privateIp(name), () -> read(name).describe());
    }

    @Then("the private IP address of the Dedicated HSM {string} lies in {string}")
    public void ipInRange(String name, String cidr) {
        String ip = privateIp(name);
        assertTrue(Cidr.contains(cidr, ip), () -> "The private IP " + ip + " of " + name + " is not in " + cidr);
    }

    /** The HSM's private IP ({@code networkInterfaces[0].privateIpAddress}, 2021-11-30). */
    String privateIp(String name) {
        ArmResponse r = read(name);
        assertTrue(r.isSuccess(), () -> "Could not read the Dedicated HSM " + name + ": " + r.describe());
        return r.resource().text("/properties/networkProfile/networkInterfaces/0/privateIpAddress")
                .orElseThrow(() -> new AssertionError("The Dedicated HSM " + name + " has no private IP: "
                        + r.describe()));
    }

    @When("the customer deletes the Dedicated HSM {string}")
    public void delete(String name) {
        arm.record("delete " + name, arm.client().deleteAndWait(hsmId(name), ArmIds.HSM_API));
    }

    @Then("the deletion of the Dedicated HSM {string} is refused with a message naming {string}")
    public void deletionRefused(String name, String text) {
        assertFailedNaming(arm.operation("delete " + name), "the deletion of " + name, text);
        ArmResponse r = read(name);
        assertTrue(r.isSuccess(), () -> "After a refused deletion " + name + " should still exist: " + r.describe());
    }

    @Then("the Dedicated HSM {string} is deleted")
    public void deleted(String name) {
        ArmOperation op = arm.operation("delete " + name);
        assertTrue(op.succeeded(), () -> "The deletion of " + name + " did not succeed: " + op.describe());
        ArmResponse r = read(name);
        assertEquals(404, r.status(), () -> "After its deletion " + name + " still answers: " + r.describe());
        assertEquals("ResourceNotFound", r.error().map(e -> e.code()).orElse(""), r::describe);
    }

    @Then("listing the resource group's Dedicated HSMs shows {string}")
    public void listed(String name) {
        ArmResponse r = arm.note(arm.client().get(ArmIds.dedicatedHsms(arm.subscription(), arm.resourceGroup()),
                ArmIds.HSM_API));
        assertTrue(r.isSuccess(), r::describe);
        boolean found = false;
        for (var item : r.body().path("value")) {
            found |= name.equals(item.path("name").asText());
        }
        assertTrue(found, () -> name + " is not in the list: " + r.describe());
    }

    @Then("the Dedicated HSM {string} does not exist")
    public void doesNotExist(String name) {
        ArmResponse r = read(name);
        assertFalse(r.isSuccess(), () -> name + " exists: " + r.describe());
        assertEquals(404, r.status(), r::describe);
    }

    ArmResponse read(String name) {
        return arm.note(arm.client().get(hsmId(name), ArmIds.HSM_API));
    }

    String hsmId(String name) {
        return ArmIds.dedicatedHsm(arm.subscription(), arm.resourceGroup(), name);
    }
}
