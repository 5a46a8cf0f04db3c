package dev.dhsm.conformance.steps;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.dhsm.conformance.lunash.HsmShowReport;
import dev.dhsm.conformance.target.Account;
import dev.dhsm.conformance.target.Capability;
import dev.dhsm.conformance.target.EmulatorControl;
import dev.dhsm.conformance.target.LoginRefusedException;
import dev.dhsm.conformance.target.LunashResponse;
import dev.dhsm.conformance.target.LunashSession;
import dev.dhsm.conformance.target.SupportControl;
import dev.dhsm.conformance.target.TargetException;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.Duration;

/**
 * An appliance the customer can no longer reach (a network change that cuts the path, a reboot that hangs, a
 * lost admin password) and what brings it back: the support requests only Microsoft can carry out, made
 * through the target's control plane. On a target without one the steps that need it skip the scenario.
 */
public final class SupportSteps {
    private final World world;

    public SupportSteps(World world) {
        this.world = world;
    }

    @Given("the target carries out support requests on demand")
    public void supportAvailable() {
        world.require(Capability.SUPPORT, "the scenario cuts the appliance off, and only a support request brings it back");
    }

    @When("the administrator runs {string} and the session ends")
    public void runsAndLosesSession(String commandLine) {
        try {
            world.run(commandLine);
        } catch (TargetException e) {
            // The appliance hung up before the prompt came back: what the next step checks.
        }
    }

    @Then("the administrator's SSH session has dropped")
    public void sessionDropped() {
        LunashSession shell = world.shell();
        LunashResponse r;
        try {
            r = shell.run("hsm show");
        } catch (RuntimeException e) {
            return;
        }
        fail("The SSH session still answers after it should have dropped; " + r.describe());
    }

    @Then("new SSH logins to the appliance fail")
    public void sshLoginsFail() {
        Account who = world.admin();
        LunashSession s;
        try {
            s = world.target().openShell(who);
        } catch (RuntimeException e) {
            return;
        }
        s.close();
        fail("The appliance accepted an SSH login of " + who.name() + " while it should be unreachable");
    }

    @Then("the administrator can log in to lunash over SSH again")
    public void adminLogsInAgain() {
        try {
            world.loginOverSsh();
        } catch (RuntimeException e) {
            throw new AssertionError("The appliance still refuses the administrator's SSH login: " + e.getMessage(), e);
        }
    }

    @Then("an SSH login as the administrator with the password {string} is refused")
    public void adminLoginRefused(String password) {
        loginRefused(Account.of(world.target().adminAccount().name(), password));
    }

    @Then("the HSM is factory-fresh")
    public void hsmFactoryFresh() {
        LunashResponse r = world.observe("hsm show");
        HsmSteps.requireSuccess(r);
        assertTrue(HsmShowReport.parse(r).zeroized(), () -> "Expected a factory-fresh (zeroized) HSM; "
                + r.describe());
    }

    @Given("the next reboot of the appliance will hang")
    public void nextRebootHangs() {
        world.require(Capability.FAULTS, "the scenario injects a hanging reboot");
        support().makeNextRebootHang();
    }

    @When("the customer asks support to reset the appliance to its factory state")
    public void supportFactoryReset() {
        support().requestFactoryReset();
    }

    @When("the customer asks support for a hard reboot of the appliance")
    public void supportHardReboot() {
        support().requestHardReboot();
    }

    @When("{int} hour(s) pass(es) on the appliance clock")
    public void hoursPass(int hours) {
        world.require(Capability.VIRTUAL_TIME, "the scenario waits hours on the appliance clock");
        control().advanceClock(Duration.ofHours(hours));
    }

    private void loginRefused(Account who) {
        LunashSession s;
        try {
            s = world.target().openShell(who);
        } catch (LoginRefusedException e) {
            return;
        }
        s.close();
        fail("The appliance accepted the SSH login of " + who.name() + " with a password it should refuse");
    }

    private SupportControl support() {
        world.require(Capability.SUPPORT, "the scenario needs a support request carried out on demand");
        return control().support().orElseThrow(() -> new IllegalStateException(
                world.target().name() + " claims SUPPORT but its control plane offers no support requests"));
    }

    private EmulatorControl control() {
        return world.target().control().orElseThrow(() -> new IllegalStateException(
                world.target().name() + " has no control plane"));
    }
}
