package dev.dhsm.conformance.steps;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dhsm.conformance.target.Account;
import dev.dhsm.conformance.target.Capability;
import dev.dhsm.conformance.target.LoginRefusedException;
import dev.dhsm.conformance.target.LunashSession;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/** The local serial console: logging in there, and the console-only {@code recover} account. */
public final class ConsoleSteps {
    private final World world;
    private String recoverText;

    public ConsoleSteps(World world) {
        this.world = world;
    }

    @Given("the target has a serial console")
    public void hasConsole() {
        world.require(Capability.SERIAL_CONSOLE, "the scenario uses the local serial console");
    }

    @When("the administrator logs in to lunash on the serial console")
    public void adminOnConsole() {
        LunashSession s = world.track(world.console().login(world.admin()));
        world.adminIs(s.account());
        world.useShell(s);
    }

    @Then("the recover account cannot log in over SSH")
    public void recoverRefusedOverSsh() {
        Account recover = world.target().recoverAccount();
        assertThrows(LoginRefusedException.class, () -> world.target().openShell(recover).close(),
                "the recover account must not get a shell over SSH");
    }

    @When("the recover account logs in on the serial console")
    public void recoverOnConsole() {
        recoverText = world.console().loginWithoutShell(world.target().recoverAccount());
    }

    @Then("the administrator's password is back to {string} and must be changed at the next login")
    public void adminPasswordReset(String factoryPassword) {
        Account reset = world.admin().withPassword(factoryPassword);
        LunashSession s = world.track(world.target().openShell(reset));
        assertTrue(s.passwordChangeForced(), () -> "Logging in with " + factoryPassword
                + " did not force a password change. The recover login said:\n" + String.valueOf(recoverText).indent(4)
                + "The login said:\n" + s.loginText().indent(4));
        world.adminIs(s.account());
        world.useShell(s);
    }
}
