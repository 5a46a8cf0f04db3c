package dev.dhsm.app.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code Microsoft.Resources/deployments} in a resource group: a template is checked (preflight: expressions,
 * parameters, references between its resources, the dedicatedHSMs allow list), then its resources are PUT
 * through the same providers a direct call reaches, each once those it {@code dependsOn} have finished. A
 * resource has finished when its provisioning reaches a terminal state; the deployment fails with
 * {@code DeploymentFailed} and the failed operations' errors (FM-02) when any of them failed.
 */
final class DeploymentEngine {
    static final String TYPE = "Microsoft.Resources/deployments";
    private static final String RUNNING = "Running";
    private static final String PENDING = "Pending";
    private static final String SUCCEEDED = "Succeeded";
    private static final String FAILED = "Failed";
    private static final Map<Integer, String> STATUS = Map.of(400, "BadRequest", 403, "Forbidden", 404, "NotFound",
            409, "Conflict", 200, "OK", 201, "Created");

    private final ArmService arm;

    DeploymentEngine(ArmService arm) {
        this.arm = arm;
    }

    private static String id(ArmState.Group g, String name) {
        return g.id() + "/providers/" + TYPE + "/" + name;
    }

    ArmResponse validate(ArmCall call) {
        call.apiVersion();
        ArmState.Group g = arm.group(call.var("subscription"), call.var("group"));
        Deployment d = preflight(call, g);
        ObjectNode body = render(d);
        ObjectNode props = (ObjectNode) body.get("properties");
        props.put("provisioningState", SUCCEEDED);
        ArrayNode validated = props.putArray("validatedResources");
        d.steps.forEach(s -> validated.addObject().put("id", s.resourceId));
        return ArmResponse.of(200, body);
    }

    ArmResponse put(ArmCall call) {
        call.apiVersion();
        ArmState.Group g = arm.group(call.var("subscription"), call.var("group"));
        Optional<Deployment> existing = Optional.ofNullable(arm.state.deployments.get(ArmResource.key(
                id(g, call.var("name")))));
        if (existing.isPresent() && RUNNING.equals(existing.get().state)) {
            throw new ArmException(409, "DeploymentActive", "Unable to edit or replace deployment '"
                    + existing.get().name + "': previous deployment from '" + existing.get().startedAt
                    + "' is still active. Please see https://aka.ms/arm-deploy for usage details.");
        }
        Deployment d = preflight(call, g);
        d.state = RUNNING;
        d.startedAt = arm.now();
        arm.state.deployments.put(ArmResource.key(d.id), d);
        advance(d, d.startedAt);
        return ArmResponse.of(existing.isPresent() ? 200 : 201, render(d))
                .withHeader("Azure-AsyncOperation", call.baseUrl() + d.id + "/operationStatuses/"
                        + UUID.nameUUIDFromBytes((d.id + d.startedAt).getBytes(StandardCharsets.UTF_8))
                        + "?api-version=" + call.apiVersion())
                .withHeader("Retry-After", String.valueOf(arm.retryAfter().toSeconds()));
    }

    ArmResponse get(ArmCall call) {
        call.apiVersion();
        return ArmResponse.of(200, render(require(call)));
    }

    ArmResponse list(ArmCall call) {
        call.apiVersion();
        ArmState.Group g = arm.group(call.var("subscription"), call.var("group"));
        String prefix = ArmResource.key(g.id() + "/");
        List<Deployment> mine = arm.state.deployments.values().stream().filter(d -> ArmResource.key(d.id)
                .startsWith(prefix)).toList();
        return ArmResponse.of(200, Paging.page(call, mine, this::render));
    }

    ArmResponse status(ArmCall call) {
        Deployment d = require(call);
        ObjectNode body = ArmJson.obj().put("status", d.state);
        if (d.error != null) {
            body.set("error", ArmJson.MAPPER.valueToTree(d.error));
        }
        ArmResponse response = ArmResponse.of(200, body);
        return RUNNING.equals(d.state)
                ? response.withHeader("Retry-After", String.valueOf(arm.retryAfter().toSeconds())) : response;
    }

    ArmResponse operations(ArmCall call) {
        call.apiVersion();
        Deployment d = require(call);
        List<Deployment.Step> started = d.steps.stream().filter(s -> !PENDING.equals(s.state)).toList();
        return ArmResponse.of(200, Paging.page(call, started, s -> renderOperation(d, s)));
    }

    private Deployment require(ArmCall call) {
        ArmState.Group g = arm.group(call.var("subscription"), call.var("group"));
        Deployment d = arm.state.deployments.get(ArmResource.key(id(g, call.var("name"))));
        if (d == null) {
            throw new ArmException(404, "DeploymentNotFound", "Deployment '" + call.var("name")
                    + "' could not be found.");
        }
        return d;
    }

    /** Reads and checks the deployment; a failure is ARM's 400 {@code InvalidTemplateDeployment}. */
    private Deployment preflight(ArmCall call, ArmState.Group g) {
        String name = call.var("name");
        JsonNode props = call.json().path("properties");
        if (!props.isObject()) {
            throw ArmException.invalidContent("Required property 'properties' not found in JSON");
        }
        if (props.has("templateLink") || props.has("parametersLink")) {
            throw ArmException.badRequest("InvalidTemplate", "Linked templates and parameter files are not "
                    + "served here: pass 'template' and 'parameters' inline (az does so for --template-file).");
        }
        String mode = props.path("mode").asText("Incremental");
        if (!mode.equalsIgnoreCase("Incremental")) {
            throw ArmException.badRequest("InvalidDeploymentMode", "The deployment mode '" + mode + "' is not "
                    + "available in this emulator; use 'Incremental'.");
        }
        JsonNode template = props.get("template");
        if (template == null || !template.isObject() || !template.path("resources").isArray()) {
            throw ArmException.badRequest("InvalidTemplate", "Deployment template validation failed: the template "
                    + "needs a 'resources' array.");
        }
        Deployment d = new Deployment();
        d.id = id(g, name);
        d.name = name;
        d.subscription = g.subscription;
        d.group = g.name;
        d.mode = "Incremental";
        d.correlationId = UUID.randomUUID().toString();
        JsonNode given = props.path("parameters").isObject() ? props.get("parameters") : ArmJson.obj();
        try {
            TemplateEvaluator eval = new TemplateEvaluator(g, template, given);
            d.parameters = echoParameters(template, given, eval);
            for (JsonNode resource : template.get("resources")) {
                d.steps.add(step(eval, resource, d.steps.size()));
            }
            resolveDependencies(d);
            checkAllowList(d);
        } catch (ArmException e) {
            throw new ArmException(400, "InvalidTemplateDeployment", "The template deployment '" + name + "' is not "
                    + "valid according to the validation procedure. The tracking id is '" + d.correlationId
                    + "'. See inner errors for details.", List.of(e.error()));
        }
        return d;
    }

    private static ObjectNode echoParameters(JsonNode template, JsonNode given, TemplateEvaluator eval) {
        ObjectNode out = ArmJson.obj();
        template.path("parameters").properties().forEach(e -> {
            JsonNode value = given.path(e.getKey()).get("value");
            JsonNode shown = value != null ? value : eval.evaluate(e.getValue().path("defaultValue"));
            out.putObject(e.getKey()).put("type", e.getValue().path("type").asText("String")).set("value", shown);
        });
        return out;
    }

    private Deployment.Step step(TemplateEvaluator eval, JsonNode resource, int index) {
        if (resource.has("copy")) {
            throw TemplateEvaluator.invalid("Resource copy loops are not evaluated by this emulator; list the "
                    + "resources one by one.");
        }
        ObjectNode r = (ObjectNode) eval.evaluate(resource);
        String type = ArmJson.text(r, "type");
        String apiVersion = ArmJson.text(r, "apiVersion");
        String name = ArmJson.text(r, "name");
        if (type == null || apiVersion == null || name == null) {
            throw TemplateEvaluator.invalid("Deployment template validation failed: resource " + index + " needs "
                    + "'type', 'apiVersion' and 'name'.");
        }
        String[] typeParts = type.split("/");
        String[] nameParts = name.split("/");
        if (typeParts.length != nameParts.length + 1) {
            throw TemplateEvaluator.invalid("Deployment template validation failed: 'The template resource '"
                    + name + "' for type '" + type + "' has incorrect segment lengths. A nested resource type must "
                    + "have identical number of segments as its resource name.'");
        }
        List<com.fasterxml.jackson.databind.JsonNode> idArgs = new ArrayList<>();
        idArgs.add(ArmJson.NODES.textNode(type));
        Arrays.stream(nameParts).forEach(n -> idArgs.add(ArmJson.NODES.textNode(n)));
        Deployment.Step s = new Deployment.Step();
        s.operationId = String.format("%016X", (long) (index + 1) * 0x9E3779B97F4A7C15L).substring(0, 16);
        s.resourceId = eval.resourceId(idArgs);
        s.type = type;
        s.name = name;
        s.apiVersion = apiVersion;
        s.state = PENDING;
        for (JsonNode dep : r.path("dependsOn")) {
            s.dependsOn.add(dep.asText());
        }
        ObjectNode body = r.deepCopy();
        body.remove(List.of("type", "apiVersion", "name", "dependsOn", "condition", "comments"));
        s.body = body;
        return s;
    }

    /** dependsOn entries are resource ids or names; each must name a resource of the same template. */
    private static void resolveDependencies(Deployment d) {
        for (Deployment.Step s : d.steps) {
            List<String> ids = new ArrayList<>();
            for (String dep : s.dependsOn) {
                Optional<Deployment.Step> target = d.steps.stream().filter(o -> o.resourceId.equalsIgnoreCase(dep)
                        || o.name.equalsIgnoreCase(dep) || (o.type + "/" + o.name).equalsIgnoreCase(dep)
                        || o.resourceId.toLowerCase(Locale.ROOT).endsWith("/" + dep.toLowerCase(Locale.ROOT)))
                        .findFirst();
                if (target.isEmpty()) {
                    throw TemplateEvaluator.invalid("Deployment template validation failed: 'The resource '" + dep
                            + "' is not defined in the template. Please see https://aka.ms/arm-syntax for usage "
                            + "details.'.");
                }
                ids.add(target.get().resourceId);
            }
            s.dependsOn = ids;
        }
    }

    private void checkAllowList(Deployment d) {
        for (Deployment.Step s : d.steps) {
            if (s.type.equalsIgnoreCase(HsmProvider.TYPE)) {
                HsmProvider.checkApiVersion(s.apiVersion);
                if (!arm.currentSettings().allows(d.subscription)) {
                    throw new ArmException(403, "SubscriptionNotAllowlisted", "The subscription '" + d.subscription
                            + "' is not allowed to create Dedicated HSM resources. Access is granted on request: "
                            + "write to HSMrequest@microsoft.com with your use case, the regions and the number of "
                            + "HSMs you need.");
                }
            }
        }
    }

    /**
     * Starts every operation whose dependencies have succeeded and ends every running one whose resource has
     * finished, for every running deployment.
     *
     * @return whether anything changed
     */
    boolean advance(Instant now) {
        boolean moved = false;
        for (Deployment d : arm.state.deployments.values()) {
            if (RUNNING.equals(d.state)) {
                moved |= advance(d, now);
            }
        }
        return moved;
    }

    private boolean advance(Deployment d, Instant now) {
        boolean moved = false;
        for (Deployment.Step s : d.steps) {
            if (RUNNING.equals(s.state)) {
                moved |= finishIfDone(s, now);
            }
        }
        for (Deployment.Step s : d.steps) {
            if (PENDING.equals(s.state) && s.dependsOn.stream().allMatch(dep -> SUCCEEDED.equals(stateOf(d, dep)))) {
                start(d, s, now);
                finishIfDone(s, now);
                moved = true;
            }
        }
        boolean busy = d.steps.stream().anyMatch(s -> RUNNING.equals(s.state) || (PENDING.equals(s.state)
                && s.dependsOn.stream().allMatch(dep -> SUCCEEDED.equals(stateOf(d, dep)))));
        if (!busy) {
            List<ArmError> failures = d.steps.stream().filter(s -> FAILED.equals(s.state)).map(s -> s.error).toList();
            d.state = failures.isEmpty() ? SUCCEEDED : FAILED;
            d.endedAt = now;
            if (!failures.isEmpty()) {
                d.error = new ArmError("DeploymentFailed", "At least one resource deployment operation failed. "
                        + "Please list deployment operations for details. Please see https://aka.ms/DeployOperations "
                        + "for usage details.", failures);
            }
            moved = true;
        }
        return moved;
    }

    private static String stateOf(Deployment d, String resourceId) {
        return d.steps.stream().filter(s -> s.resourceId.equalsIgnoreCase(resourceId)).map(s -> s.state)
                .findFirst().orElse(FAILED);
    }

    private void start(Deployment d, Deployment.Step s, Instant now) {
        s.startedAt = now;
        s.state = RUNNING;
        List<String> segments = Arrays.stream(s.resourceId.split("/")).filter(x -> !x.isEmpty()).toList();
        ArmCall put = new ArmCall("PUT", segments, Map.of(), Map.of("api-version", s.apiVersion),
                ArmJson.write(s.body), "https://management.dhsm.local", ArmIdentity.CLIENT_ID);
        try {
            ArmResponse response = arm.dispatchInternal(put);
            s.statusCode = STATUS.getOrDefault(response.status(), String.valueOf(response.status()));
        } catch (ArmException e) {
            s.state = FAILED;
            s.statusCode = STATUS.getOrDefault(e.status(), String.valueOf(e.status()));
            s.error = e.error();
            s.endedAt = now;
        }
    }

    /** Ends a running operation whose resource reached a terminal state. */
    private boolean finishIfDone(Deployment.Step s, Instant now) {
        if (!RUNNING.equals(s.state)) {
            return false;
        }
        Optional<ArmResource> r = arm.find(s.resourceId);
        String phase = r.map(x -> x.phase).orElse(SUCCEEDED);
        if (phase == null || phase.equals(SUCCEEDED)) {
            s.state = SUCCEEDED;
        } else if (phase.equals(FAILED)) {
            s.state = FAILED;
            s.statusCode = "Conflict";
            s.error = r.get().failure;
        } else {
            return false;
        }
        s.endedAt = now;
        return true;
    }

    ObjectNode render(Deployment d) {
        ObjectNode o = ArmJson.obj().put("id", d.id).put("name", d.name).put("type", TYPE);
        ObjectNode p = o.putObject("properties");
        p.put("templateHash", String.valueOf(Math.abs((long) d.steps.hashCode())));
        p.set("parameters", d.parameters == null ? ArmJson.obj() : d.parameters.deepCopy());
        p.put("mode", d.mode).put("provisioningState", d.state == null ? "Accepted" : d.state);
        if (d.startedAt != null) {
            p.put("timestamp", (d.endedAt != null ? d.endedAt : d.startedAt).toString());
            p.put("duration", Duration.between(d.startedAt, d.endedAt != null ? d.endedAt : arm.now()).toString());
        }
        p.put("correlationId", d.correlationId);
        p.putArray("providers");
        ArrayNode deps = p.putArray("dependencies");
        for (Deployment.Step s : d.steps) {
            if (!s.dependsOn.isEmpty()) {
                ObjectNode dep = deps.addObject().put("id", s.resourceId).put("resourceType", s.type)
                        .put("resourceName", s.name);
                ArrayNode on = dep.putArray("dependsOn");
                s.dependsOn.forEach(id -> on.addObject().put("id", id));
            }
        }
        if (SUCCEEDED.equals(d.state)) {
            ArrayNode out = p.putArray("outputResources");
            d.steps.forEach(s -> out.addObject().put("id", s.resourceId));
            p.putObject("outputs");
        }
        if (d.error != null) {
            p.set("error", ArmJson.MAPPER.valueToTree(d.error));
        }
        return o;
    }

    private ObjectNode renderOperation(Deployment d, Deployment.Step s) {
        ObjectNode o = ArmJson.obj().put("id", d.id + "/operations/" + s.operationId)
                .put("operationId", s.operationId);
        ObjectNode p = o.putObject("properties").put("provisioningOperation", "Create")
                .put("provisioningState", s.state)
                .put("timestamp", (s.endedAt != null ? s.endedAt : s.startedAt).toString())
                .put("duration", Duration.between(s.startedAt, s.endedAt != null ? s.endedAt : arm.now()).toString())
                .put("trackingId", UUID.nameUUIDFromBytes((d.correlationId + s.operationId)
                        .getBytes(StandardCharsets.UTF_8)).toString());
        if (s.statusCode != null) {
            p.put("statusCode", s.statusCode);
        }
        if (s.error != null) {
            p.putObject("statusMessage").put("status", FAILED).set("error", ArmJson.MAPPER.valueToTree(s.error));
        }
        p.putObject("targetResource").put("id", s.resourceId).put("resourceType", s.type)
                .put("resourceName", s.name);
        return o;
    }
}
