package dev.dhsm.conformance.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dhsm.conformance.lunash.HsmShowReport;
import dev.dhsm.conformance.lunash.PartitionListReport;
import dev.dhsm.conformance.target.Answers;
import dev.dhsm.conformance.target.LunashResponse;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;

/** The HSM as its SO drives it from lunash: its state in {@code hsm show}, init, login and logout, partitions. */
public final class HsmSteps {
    private final World world;

    public HsmSteps(World world) {
        this.world = world;
    }

    @Given("the HSM has not been initialized")
    public void hsmNotInitialized() {
        HsmShowReport show = hsmShow();
        Assumptions.assumeTrue(show.zeroized(), () -> "Skipped: the HSM of " + world.target().name()
                + " is initialized ('" + HsmShowReport.ATTEMPTS_LEFT + ": " + show.field(HsmShowReport.ATTEMPTS_LEFT)
                .orElse("?") + "'); this scenario needs a factory-fresh or zeroized HSM");
    }

    @Given("the HSM has been initialized with label {string} and HSM SO password {string}")
    public void hsmInitialized(String label, String password) {
        hsmNotInitialized();
        initWithDefaultDomain(label, password);
        requireSuccess(world.last());
    }

    @When("the administrator initializes the HSM with label {string}, HSM SO password {string} and the default domain")
    public void initWithDefaultDomain(String label, String password) {
        world.run("hsm init -label " + label + " -defaultdomain -password " + password + " -force");
        world.hsmSoPasswordIs(password);
    }

    @When("the administrator initializes the HSM interactively with label {string}, HSM SO password {string} and cloning domain {string}")
    public void initInteractively(String label, String password, String domain) {
        world.run("hsm init -label " + label, Answers.password(password).andDomain(domain).andProceed());
        world.hsmSoPasswordIs(password);
    }

    @When("the HSM SO logs in with the password {string}")
    public void soLogsIn(String password) {
        world.run("hsm login", Answers.password(password));
    }

    @When("the HSM SO logs out")
    public void soLogsOut() {
        world.run("hsm logout");
        requireSuccess(world.last());
    }

    @Given("the HSM SO has created the partition {string}")
    public void soHasCreatedPartition(String name) {
        String password = world.hsmSoPassword().orElseThrow(() -> new IllegalStateException(
                "the scenario has not said the HSM SO password (initialize the HSM first)"));
        soLogsIn(password);
        requireSuccess(world.last());
        soCreatesPartition(name);
        requireSuccess(world.last());
        soLogsOut();
    }

    @When("the HSM SO creates the partition {string}")
    public void soCreatesPartition(String name) {
        world.run("partition create -partition " + name + " -force");
    }

    @Then("the HSM reports {string} as {string}")
    public void hsmReports(String field, String value) {
        LunashResponse r = world.observe("hsm show");
        requireSuccess(r);
        assertEquals(value, HsmShowReport.parse(r).field(field).orElse(null),
                () -> "hsm show field '" + field + "'; " + r.describe());
    }

    @Then("a {string} warning came before the password prompt")
    public void warningBeforePrompt(String marker) {
        LunashResponse r = world.last();
        int warning = r.text().indexOf(marker);
        int prompt = r.text().toLowerCase(Locale.ROOT).indexOf("password:");
        assertTrue(warning >= 0, () -> "No '" + marker + "' warning; " + r.describe());
        assertTrue(prompt < 0 || warning < prompt,
                () -> "The '" + marker + "' warning came after the password prompt; " + r.describe());
    }

    @Then("the partition list shows the partition {string}")
    public void partitionListShows(String name) {
        LunashResponse r = world.observe("partition list");
        requireSuccess(r);
        PartitionListReport list = PartitionListReport.parse(r);
        assertTrue(list.names().contains(name), () -> "No partition '" + name + "' in " + list.names() + "; "
                + r.describe());
    }

    @Then("the partition list has no partitions")
    public void partitionListEmpty() {
        LunashResponse r = world.observe("partition list");
        requireSuccess(r);
        PartitionListReport list = PartitionListReport.parse(r);
        assertTrue(list.empty(), () -> "Expected no partitions, got " + list.names() + "; " + r.describe());
    }

    private HsmShowReport hsmShow() {
        LunashResponse r = world.observe("hsm show");
        requireSuccess(r);
        return HsmShowReport.parse(r);
    }

    /** A step's own bookkeeping command must work, or the scenario cannot go on. */
    static void requireSuccess(LunashResponse r) {
        assertTrue(r.succeeded(), () -> "A command this step relies on failed; " + r.describe());
    }
}
