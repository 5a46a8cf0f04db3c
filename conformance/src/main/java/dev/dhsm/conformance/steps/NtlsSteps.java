package dev.dhsm.conformance.steps;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dhsm.conformance.target.Capability;
import dev.dhsm.conformance.target.EmulatorControl;
import dev.dhsm.conformance.target.LunashResponse;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.Arrays;

/** The appliance's NTLS service from outside: its port being reachable, and what it writes to its log. */
public final class NtlsSteps {
    private final World world;

    public NtlsSteps(World world) {
        this.world = world;
    }

    @Given("the target can block the appliance's NTLS port")
    public void canBlock() {
        world.require(Capability.FAULTS, "the scenario blocks TCP port 1792 between client and appliance");
    }

    @Given("the target can make the appliance's NTLS certificate expire")
    public void canExpire() {
        world.require(Capability.FAULTS, "the scenario makes the NTLS certificate expire through the control plane");
    }

    @When("TCP port 1792 of the appliance is blocked")
    public void blocked() {
        control().blockNtlsPort(true);
    }

    @When("TCP port 1792 of the appliance is unblocked")
    public void unblocked() {
        control().blockNtlsPort(false);
    }

    @When("the appliance's NTLS certificate expires")
    public void certificateExpires() {
        control().expireNtlsCertificate();
    }

    @Then("the last {int} entries of the appliance log {string} include a line with {string}")
    public void logHas(int entries, String log, String text) {
        logHasAll(entries, log, text);
    }

    @Then("the last {int} entries of the appliance log {string} include a line with {string} and {string}")
    public void logHasBoth(int entries, String log, String first, String second) {
        logHasAll(entries, log, first, second);
    }

    private void logHasAll(int entries, String log, String... texts) {
        LunashResponse r = world.observe("syslog tail -logname " + log + " -entries " + entries);
        HsmSteps.requireSuccess(r);
        assertTrue(r.lines().stream().anyMatch(line -> Arrays.stream(texts).allMatch(line::contains)),
                () -> "No line of " + log + " has all of " + Arrays.toString(texts) + "; " + r.describe());
    }

    private EmulatorControl control() {
        world.require(Capability.FAULTS, "the scenario injects a fault between client and appliance");
        return world.target().control().orElseThrow(() -> new IllegalStateException(
                world.target().name() + " claims FAULTS but has no control plane"));
    }
}
