package dev.dhsm.conformance.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dhsm.conformance.target.Answers;
import dev.dhsm.conformance.target.LunaCode;
import dev.dhsm.conformance.target.LunashResponse;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.Locale;

/** Logging in to lunash and running its commands, and what every command ends with: its result and error lines. */
public final class ShellSteps {
    private final World world;

    public ShellSteps(World world) {
        this.world = world;
    }

    @Given("the administrator is logged in to lunash over SSH")
    @When("the administrator logs in to lunash over SSH")
    public void adminLogsInOverSsh() {
        world.loginOverSsh();
    }

    @When("the administrator runs {string}")
    public void adminRuns(String commandLine) {
        world.run(commandLine);
    }

    @When("the administrator runs {string} and types proceed")
    public void adminRunsAndProceeds(String commandLine) {
        world.run(commandLine, Answers.proceed());
    }

    @Then("the login banner reads {string}")
    public void loginBannerReads(String banner) {
        String text = world.shell().loginText();
        assertTrue(text.lines().anyMatch(l -> l.strip().equals(banner)),
                () -> "The login text has no line '" + banner + "':\n" + text.indent(4));
    }

    @Then("the command succeeds")
    public void commandSucceeds() {
        LunashResponse r = world.last();
        assertTrue(r.succeeded(), () -> "Expected 'Command Result : 0 (Success)'; " + r.describe());
        assertTrue(r.errors().isEmpty(), () -> "A successful command printed Error: lines; " + r.describe());
    }

    @Then("the command fails with an error")
    public void commandFails() {
        LunashResponse r = world.last();
        assertTrue(r.failedInShell(), () -> "Expected 'Command Result : 65535 (Luna Shell execution)'; " + r.describe());
        assertEquals("Luna Shell execution", r.resultText(), r::describe);
        assertFalse(r.errors().isEmpty(), () -> "A failed command printed no Error: line; " + r.describe());
    }

    @Then("the command fails with {string}")
    public void commandFailsWith(String code) {
        commandFails();
        LunashResponse r = world.last();
        LunaCode expected = LunaCode.parse(code);
        assertTrue(r.codes().stream().anyMatch(c -> c.matches(expected)),
                () -> "Expected the error (" + expected + "), got " + r.codes() + "; " + r.describe());
    }

    @Then("the command fails saying {string}")
    public void commandFailsSaying(String words) {
        commandFails();
        LunashResponse r = world.last();
        String needle = words.toLowerCase(Locale.ROOT);
        assertTrue(r.errors().stream().anyMatch(e -> e.toLowerCase(Locale.ROOT).contains(needle))
                        || r.text().toLowerCase(Locale.ROOT).contains(needle),
                () -> "Expected the failure to say '" + words + "'; " + r.describe());
    }

    @Then("the output contains {string}")
    public void outputContains(String text) {
        LunashResponse r = world.last();
        assertTrue(r.text().contains(text), () -> "Expected '" + text + "' in the output; " + r.describe());
    }

    @Then("the output does not contain {string}")
    public void outputLacks(String text) {
        LunashResponse r = world.last();
        assertFalse(r.text().contains(text), () -> "Did not expect '" + text + "' in the output; " + r.describe());
    }
}
