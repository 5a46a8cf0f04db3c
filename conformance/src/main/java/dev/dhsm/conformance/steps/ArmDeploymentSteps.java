package dev.dhsm.conformance.steps;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.dhsm.conformance.arm.ArmBodies;
import dev.dhsm.conformance.arm.ArmIds;
import dev.dhsm.conformance.arm.ArmOperation;
import dev.dhsm.conformance.arm.ArmResponse;
import dev.dhsm.conformance.arm.ArmTemplate;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Template deployments ({@code az deployment group create}): the template that deploys the gateway and the HSM
 * together and loses the race (FM-04), the minimal HSM-only template a tool outside the supplied one uses once the
 * gateway is up (FM-05), reruns, and where a failed deployment keeps its detail: the deployment's error and its
 * operations (FM-02).
 */
public final class ArmDeploymentSteps {
    private final ArmWorld arm;
    private final ArmNetworkSteps network;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<String, JsonNode> bodies = new HashMap<>();

    public ArmDeploymentSteps(ArmWorld arm, ArmNetworkSteps network) {
        this.arm = arm;
        this.network = network;
    }

    @Given("the network {string} has its HSM subnet and gateway subnet but no gateway yet")
    public void subnetsOnly(String vnet) {
        network.virtualNetwork(vnet);
        network.hsmSubnetDelegated("hsmsubnet", vnet);
        network.gatewaySubnet(vnet);
    }

    @When("the customer deploys the template {string} with the gateway {string} and the Dedicated HSM {string} in stamp {string}")
    public void deployTogether(String deployment, String gateway, String hsm, String stamp) {
        String publicIp = ArmIds.publicIp(arm.subscription(), arm.resourceGroup(), gateway + "-ip");
        String gatewaySubnet = arm.hsmSubnetId().replaceAll("/subnets/[^/]+$", "/subnets/" + ArmIds.GATEWAY_SUBNET);
        ArmTemplate t = new ArmTemplate()
                .publicIp(gateway + "-ip", arm.location())
                .gateway(gateway, arm.location(), gatewaySubnet, publicIp)
                .dedicatedHsm(hsm, arm.location(), stamp, arm.hsmSubnetId(), List.of());
        deploy(deployment, t.json());
    }

    @When("the customer deploys the template {string} with only the Dedicated HSM {string} in stamp {string}")
    public void deployHsmOnly(String deployment, String hsm, String stamp) {
        deploy(deployment, new ArmTemplate().dedicatedHsm(hsm, arm.location(), stamp, arm.hsmSubnetId(), List.of())
                .json());
    }

    /** A template file and its parameters file from {@code fixtures/arm/}, as {@code az deployment group create} sends them. */
    @When("the customer deploys the template file {string} with the parameters file {string} as {string}")
    public void deployFiles(String templateFile, String parametersFile, String deployment) {
        Path dir = Fixtures.root().resolve("arm");
        try {
            JsonNode template = JSON.readTree(Files.readString(dir.resolve(templateFile)));
            JsonNode parameters = JSON.readTree(Files.readString(dir.resolve(parametersFile))).path("parameters");
            deploy(deployment, ArmBodies.deployment(template, parameters));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the template fixtures " + templateFile + ", " + parametersFile
                    + " under " + dir + ": " + e.getMessage(), e);
        }
    }

    @When("the customer reruns the deployment {string}")
    public void rerun(String deployment) {
        JsonNode body = bodies.get(deployment);
        if (body == null) {
            throw new IllegalStateException("the scenario has not deployed '" + deployment + "' yet");
        }
        deploy(deployment, (com.fasterxml.jackson.databind.node.ObjectNode) body.deepCopy());
    }

    private void deploy(String deployment, JsonNode template) {
        deploy(deployment, ArmBodies.deployment(template));
    }

    /** PUTs the deployment body and follows it to its end; a rerun sends the same body again. */
    private void deploy(String deployment, com.fasterxml.jackson.databind.node.ObjectNode body) {
        bodies.put(deployment, body);
        arm.record(deployment, arm.client().createOrUpdate(deploymentId(deployment), ArmIds.RESOURCES_API, body));
    }

    @When("the customer validates the template {string} with only the Dedicated HSM {string} in stamp {string}")
    public void validateHsmOnly(String deployment, String hsm, String stamp) {
        bodies.put(deployment, ArmBodies.deployment(new ArmTemplate()
                .dedicatedHsm(hsm, arm.location(), stamp, arm.hsmSubnetId(), List.of()).json()));
        arm.record("validate " + deployment, arm.client().postAndWait(deploymentId(deployment) + "/validate",
                ArmIds.RESOURCES_API, bodies.get(deployment)));
    }

    @Then("the template {string} passes validation")
    public void validates(String deployment) {
        ArmOperation op = arm.operation("validate " + deployment);
        assertTrue(op.succeeded() && op.last().error().isEmpty(), () -> "Validation failed: " + op.describe());
    }

    @Then("the validation of the template {string} fails with a message naming {string}")
    public void validationFails(String deployment, String text) {
        ArmHsmSteps.assertFailedNaming(arm.operation("validate " + deployment), "the validation of " + deployment, text);
    }

    @When("the customer deploys the validated template {string}")
    public void deployValidated(String deployment) {
        rerun(deployment);
    }

    @Then("the deployment {string} succeeds")
    public void succeeds(String deployment) {
        ArmOperation op = arm.operation(deployment);
        assertTrue(op.succeeded(), () -> "The deployment " + deployment + " failed: " + op.describe());
    }

    @Then("the deployment {string} fails with a message naming {string}")
    public void failsNaming(String deployment, String text) {
        ArmHsmSteps.assertFailedNaming(arm.operation(deployment), deployment, text);
    }

    @Then("the operations of the deployment {string} show the Dedicated HSM {string} failed with a message naming {string}")
    public void operationsShow(String deployment, String hsm, String text) {
        ArmResponse r = arm.note(arm.client().get(deploymentId(deployment) + "/operations", ArmIds.RESOURCES_API));
        assertTrue(r.isSuccess(), () -> "Could not list the operations of " + deployment + ": " + r.describe());
        Optional<JsonNode> op = findOperation(r, hsm);
        assertTrue(op.isPresent(), () -> "No operation of " + deployment + " is about " + hsm + ": " + r.describe());
        JsonNode p = op.get().path("properties");
        assertTrue("Failed".equalsIgnoreCase(p.path("provisioningState").asText()),
                () -> "The operation on " + hsm + " did not fail: " + op.get());
        String detail = p.path("statusMessage").toString().toLowerCase(Locale.ROOT);
        assertTrue(detail.contains(text.toLowerCase(Locale.ROOT)),
                () -> "The operation's statusMessage does not mention '" + text + "': " + op.get());
    }

    private static Optional<JsonNode> findOperation(ArmResponse operations, String resourceName) {
        for (JsonNode op : operations.body().path("value")) {
            JsonNode target = op.path("properties").path("targetResource");
            if (resourceName.equals(target.path("resourceName").asText())
                    || target.path("id").asText().endsWith("/" + resourceName)) {
                return Optional.of(op);
            }
        }
        return Optional.empty();
    }

    private String deploymentId(String deployment) {
        return ArmIds.deployment(arm.subscription(), arm.resourceGroup(), deployment);
    }
}
