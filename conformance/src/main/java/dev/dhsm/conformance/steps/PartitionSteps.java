package dev.dhsm.conformance.steps;

import static dev.dhsm.conformance.steps.LunacmSteps.requireSuccess;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dhsm.conformance.target.Account;
import dev.dhsm.conformance.target.Answers;
import dev.dhsm.conformance.target.LunacmResponse;
import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.ArrayList;
import java.util.List;

/**
 * A partition as its client drives it from LunaCM on appliance 7.2 (reference §2.7): the certificate exchange that
 * makes it a slot, {@code partition init}, the Partition SO and Crypto Officer roles, their failed-login lockouts,
 * and backup to and restore from the Backup HSM.
 */
public final class PartitionSteps {
    private final World world;
    private final ClientWorld client;
    private final List<LunacmResponse> attempts = new ArrayList<>();

    public PartitionSteps(World world, ClientWorld client) {
        this.world = world;
        this.client = client;
    }

    /** A partition role as the scenario names it, as LunaCM's {@code -name} spells it. */
    @ParameterType("Partition SO|Crypto Officer|Crypto User")
    public String partitionRole(String role) {
        return switch (role) {
            case "Partition SO" -> "po";
            case "Crypto Officer" -> "co";
            default -> "cu";
        };
    }

    @Given("the client {string} has exchanged certificates with the appliance for the partition {string}")
    public void hasExchanged(String name, String partition) {
        exchanges(name, partition);
        requireSuccess(client.last());
    }

    @When("the client {string} exchanges certificates with the appliance for the partition {string}")
    public void exchanges(String name, String partition) {
        deploy(name, " -partition " + partition);
    }

    @When("the client {string} exchanges certificates with the appliance without a partition")
    public void exchangesWithoutPartition(String name) {
        deploy(name, "");
    }

    /** {@code clientconfig deploy} as the admin, who must have logged in once (Azure forces a password change). */
    private void deploy(String name, String partitionOption) {
        world.shell();
        Account admin = world.admin();
        client.run("clientconfig deploy " + world.target().address().deployOptions() + " -client " + name
                + partitionOption + " -user " + admin.name(), Answers.password(admin.password()));
    }

    @Given("the partition on slot {int} has been initialized with label {string}, Partition SO password {string}"
            + " and cloning domain {string}")
    public void hasBeenInitialized(int slot, String label, String password, String domain) {
        initializes(slot, label, password, domain);
        requireSuccess(client.last());
    }

    @When("the Partition SO initializes the partition on slot {int} with label {string}, password {string} and"
            + " cloning domain {string}")
    public void initializes(int slot, String label, String password, String domain) {
        selectSlot(slot);
        client.run("partition init -label " + label + " -domain " + domain, Answers.password(password).andProceed());
    }

    @Given("the Crypto Officer has been created on slot {int} with the password {string} by the Partition SO {string}")
    public void coCreated(int slot, String coPassword, String poPassword) {
        String initial = "Co#Init-" + slot + "x";
        selectSlot(slot);
        requireSuccess(client.observe("role login -name po", Answers.password(poPassword)));
        requireSuccess(client.observe("role init -name co", Answers.password(initial)));
        requireSuccess(client.observe("role logout", Answers.none()));
        requireSuccess(client.observe("role login -name co", Answers.password(initial)));
        requireSuccess(client.observe("role changepw -name co", Answers.password(initial).andPassword(coPassword)));
        requireSuccess(client.observe("role logout", Answers.none()));
    }

    @When("the {partitionRole} logs in with the password {string}")
    public void logsIn(String role, String password) {
        client.run("role login -name " + role, Answers.password(password));
    }

    @When("the {partitionRole} logs in with the wrong password {string} {int} times")
    public void logsInWrongly(String role, String password, int times) {
        attempts.clear();
        for (int i = 0; i < times; i++) {
            attempts.add(client.run("role login -name " + role, Answers.password(password)));
        }
    }

    @When("the {partitionRole} logs out")
    public void logsOut(String role) {
        client.run("role logout");
    }

    @Then("the first {int} of those LunaCM attempts fail with {string}")
    public void firstAttemptsFail(int count, String code) {
        assertTrue(attempts.size() >= count, () -> "only " + attempts.size() + " attempts were made");
        for (int i = 0; i < count; i++) {
            LunacmResponse r = attempts.get(i);
            int n = i + 1;
            assertTrue(r.failedWith(code), () -> "Attempt " + n + " should fail with " + code + "; " + r.describe());
        }
    }

    @Then("the last of those LunaCM attempts fails with {string}")
    public void lastAttemptFails(String code) {
        assertFalse(attempts.isEmpty(), "no attempts were made");
        LunacmResponse r = attempts.get(attempts.size() - 1);
        assertTrue(r.failedWith(code), () -> "The last attempt should fail with " + code + "; " + r.describe());
    }

    @When("the Partition SO resets the Crypto Officer's password to {string}")
    public void resetsCo(String password) {
        client.run("role resetpw -name co", Answers.password(password));
    }

    @When("the Crypto Officer changes its password from {string} to {string}")
    public void coChangesPassword(String oldPassword, String newPassword) {
        client.run("role changepw -name co", Answers.password(oldPassword).andPassword(newPassword));
    }

    @Given("the Crypto Officer {string} has backed slot {int} up to the backup HSM as {string} with the password {string}")
    public void backedUp(String coPassword, int slot, String backup, String password) {
        long backupSlot = new BackupHsmSlot(world, client).id();
        selectSlot(slot);
        requireSuccess(client.observe("role login -name co", Answers.password(coPassword)));
        requireSuccess(client.run("partition archive backup -slot " + backupSlot + " -partition " + backup,
                Answers.password(password)));
        requireSuccess(client.observe("role logout", Answers.none()));
    }

    @When("the Crypto Officer {string} restores the backup {string} to slot {int} with the password {string}")
    public void restores(String coPassword, String backup, int slot, String password) {
        long backupSlot = new BackupHsmSlot(world, client).id();
        selectSlot(slot);
        requireSuccess(client.observe("role login -name co", Answers.password(coPassword)));
        client.run("partition archive restore -slot " + backupSlot + " -partition " + backup,
                Answers.password(password));
        client.observe("role logout", Answers.none());
    }

    private void selectSlot(int slot) {
        requireSuccess(client.observe("slot set -slot " + slot, Answers.none()));
    }
}
