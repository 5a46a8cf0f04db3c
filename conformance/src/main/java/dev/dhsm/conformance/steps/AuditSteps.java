package dev.dhsm.conformance.steps;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dhsm.conformance.target.Answers;
import dev.dhsm.conformance.target.LunaCode;
import dev.dhsm.conformance.target.LunashResponse;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.ArrayList;
import java.util.List;

/** The HSM Auditor's login from lunash ({@code audit login}) and its failed-login lockout. */
public final class AuditSteps {
    private final World world;
    private final List<LunashResponse> attempts = new ArrayList<>();

    public AuditSteps(World world) {
        this.world = world;
    }

    @When("the Auditor logs in with the wrong password {string} {int} times")
    public void wrongPasswordTimes(String password, int times) {
        attempts.clear();
        for (int i = 0; i < times; i++) {
            attempts.add(world.run("audit login", Answers.password(password)));
        }
    }

    @When("the Auditor logs in with the right password")
    public void rightPassword() {
        world.run("audit login", Answers.password(world.target().auditorPassword()));
    }

    @Then("the first {int} of those attempts fail with {string}")
    public void firstAttemptsFail(int count, String code) {
        LunaCode expected = LunaCode.parse(code);
        assertTrue(attempts.size() >= count, () -> "only " + attempts.size() + " attempts were made");
        for (int i = 0; i < count; i++) {
            LunashResponse r = attempts.get(i);
            int n = i + 1;
            assertTrue(r.failedInShell() && r.codes().stream().anyMatch(c -> c.matches(expected)),
                    () -> "Attempt " + n + " should fail with (" + expected + "); " + r.describe());
        }
    }

    @Then("the last of those attempts fails with {string}")
    public void lastAttemptFails(String code) {
        LunaCode expected = LunaCode.parse(code);
        assertTrue(!attempts.isEmpty(), "no attempts were made");
        LunashResponse r = attempts.get(attempts.size() - 1);
        assertTrue(r.failedInShell() && r.codes().stream().anyMatch(c -> c.matches(expected)),
                () -> "The last attempt should fail with (" + expected + "); " + r.describe());
    }
}
