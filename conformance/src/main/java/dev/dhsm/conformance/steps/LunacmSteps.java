package dev.dhsm.conformance.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dhsm.conformance.lunacm.ArrowFields;
import dev.dhsm.conformance.lunacm.SlotListReport;
import dev.dhsm.conformance.target.Answers;
import dev.dhsm.conformance.target.LunacmResponse;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/** LunaCM on the client host: running its commands, the {@code Command Result} each ends with, and its slot listing. */
public final class LunacmSteps {
    private final ClientWorld client;

    public LunacmSteps(ClientWorld client) {
        this.client = client;
    }

    @Given("the target has a LunaCM client host")
    public void clientHost() {
        client.requireClientHost();
    }

    @When("LunaCM runs {string}")
    public void runs(String commandLine) {
        client.run(commandLine);
    }

    @When("LunaCM runs {string} with the password {string}")
    public void runsWithPassword(String commandLine, String password) {
        client.run(commandLine, Answers.password(password));
    }

    @When("LunaCM runs {string} and types proceed")
    public void runsAndProceeds(String commandLine) {
        client.run(commandLine, Answers.proceed());
    }

    @Then("the LunaCM command succeeds")
    public void succeeds() {
        LunacmResponse r = client.last();
        assertTrue(r.succeeded(), () -> "Expected 'Command Result : No Error'; " + r.describe());
    }

    @Then("the LunaCM command fails with {string}")
    public void failsWith(String code) {
        LunacmResponse r = client.last();
        assertTrue(r.failedWith(code), () -> "Expected 'Command Result : ... (" + code + ")'; " + r.describe());
    }

    @Then("the LunaCM output contains {string}")
    public void outputContains(String text) {
        LunacmResponse r = client.last();
        assertTrue(r.text().contains(text), () -> "Expected '" + text + "' in the output; " + r.describe());
    }

    @Then("LunaCM lists no partition slots")
    public void listsNoPartitions() {
        listsPartitions(0);
    }

    @Then("LunaCM lists {int} partition slot(s)")
    public void listsPartitions(int count) {
        LunacmResponse r = client.observe("slot list", Answers.none());
        requireSuccess(r);
        SlotListReport slots = SlotListReport.parse(r.text());
        assertEquals(count, slots.partitions().size(), () -> "partition slots in " + r.describe());
    }

    @Then("LunaCM shows the partition on slot {int} as not initialized")
    public void partitionNotInitialized(int slot) {
        LunacmResponse r = client.observe("partition show -slot " + slot, Answers.none());
        requireSuccess(r);
        assertEquals("no", ArrowFields.parse(r.text()).get("Partition Initialized").orElse(null),
                () -> "'Partition Initialized ->' of slot " + slot + "; " + r.describe());
    }

    /** A command a step relies on must work, or the scenario cannot go on. */
    static void requireSuccess(LunacmResponse r) {
        assertTrue(r.succeeded(), () -> "A LunaCM command this step relies on failed; " + r.describe());
    }
}
