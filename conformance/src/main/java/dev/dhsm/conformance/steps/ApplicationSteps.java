package dev.dhsm.conformance.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dhsm.conformance.target.ApplicationResult;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.Locale;

/**
 * What an application on the client host does with a partition through the Luna client library: make a signing
 * key as the Crypto Officer and sign with it, and which return code it gets when it cannot.
 */
public final class ApplicationSteps {
    private final ClientWorld client;

    public ApplicationSteps(ClientWorld client) {
        this.client = client;
    }

    @Given("the application has generated the signing key {string} on slot {int} as the Crypto Officer {string}")
    public void hasGenerated(String label, int slot, String coPassword) {
        generates(label, slot, coPassword);
        succeeds();
    }

    @When("the application generates the signing key {string} on slot {int} as the Crypto Officer {string}")
    public void generates(String label, int slot, String coPassword) {
        client.record(client.application().generateSigningKeyPair(slot, coPassword, label));
    }

    @When("the application signs with the key {string} on slot {int} as the Crypto Officer {string}")
    public void signs(String label, int slot, String coPassword) {
        client.record(client.application().signAndVerify(slot, coPassword, label));
    }

    @Then("the application succeeds")
    public void succeeds() {
        ApplicationResult r = client.lastResult();
        assertTrue(r.succeeded(), r::describe);
    }

    @Then("the application succeeds and the signature verifies")
    public void signatureVerifies() {
        succeeds();
        ApplicationResult r = client.lastResult();
        assertTrue(r.operation().startsWith("sign") && r.detail().endsWith("the signature verifies"), r::describe);
    }

    @Then("the application fails with {string}")
    public void failsWith(String codeName) {
        ApplicationResult r = client.lastResult();
        assertTrue(!r.succeeded(), () -> "Expected " + codeName + "; " + r.describe());
        assertEquals(codeName.toUpperCase(Locale.ROOT), r.codeName(), r::describe);
    }
}
