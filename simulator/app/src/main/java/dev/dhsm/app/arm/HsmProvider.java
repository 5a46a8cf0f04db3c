package dev.dhsm.app.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code Microsoft.HardwareSecurityModules} resource provider: dedicatedHSMs created with a synchronous
 * 200 in {@code CheckingQuota}, moved through {@link HsmPhase} on the clock by {@link HsmProvisioning},
 * changed (tags) with PATCH, and deleted with 202 and a {@code Location} to poll, once the device behind the
 * HSM holds no key material (FM-24).
 */
final class HsmProvider {
    static final String NAMESPACE = "Microsoft.HardwareSecurityModules";
    static final String TYPE = NAMESPACE + "/dedicatedHSMs";
    static final String LUNA_SKU = "SafeNet Luna Network HSM A790";
    /** Stable versions first: {@code az} takes the first one that is not a preview. */
    static final List<String> API_VERSIONS = List.of("2021-11-30", "2025-03-31", "2024-06-30",
            "2018-10-31-preview", "2024-06-30-preview", "2025-12-01-preview", "2026-06-01-preview");
    private static final List<String> ID_VERSIONS = List.of("2018-10-31-preview", "2021-11-30");

    private final ArmService arm;
    private final HsmProvisioning provisioning;

    HsmProvider(ArmService arm) {
        this.arm = arm;
        this.provisioning = new HsmProvisioning(arm);
    }

    static void checkApiVersion(String version) {
        if (API_VERSIONS.stream().noneMatch(v -> v.equalsIgnoreCase(version))) {
            throw ArmException.badRequest("NoRegisteredProviderFound", "No registered resource provider found for "
                    + "location 'global' and API version '" + version + "' for type 'dedicatedHSMs'. The supported "
                    + "api-versions are '" + String.join(", ", API_VERSIONS) + "'.");
        }
    }

    /** {@code id} up to 2021-11-30, {@code resourceId} from 2024-06-30 on. */
    static String referenceField(String apiVersion) {
        return ID_VERSIONS.contains(apiVersion.toLowerCase(Locale.ROOT)) ? "id" : "resourceId";
    }

    static String id(ArmState.Group g, String name) {
        return g.id() + "/providers/" + TYPE + "/" + name;
    }

    ArmResponse put(ArmCall call) {
        String version = call.apiVersion();
        checkApiVersion(version);
        String name = call.var("name");
        if (!name.matches("[a-zA-Z0-9-]{3,24}")) {
            throw ArmException.badRequest("InvalidResourceName", "The resource name '" + name + "' is invalid. "
                    + "A Dedicated HSM name is 3 to 24 letters, digits and hyphens.");
        }
        ArmState.Group g = arm.group(call.var("subscription"), call.var("group"));
        HsmRequest request = HsmRequest.parse(call.json(), g, name, arm);
        if (!arm.currentSettings().allows(g.subscription)) {
            throw new ArmException(403, "SubscriptionNotAllowlisted", "The subscription '" + g.subscription
                    + "' is not allowed to create Dedicated HSM resources. Access is granted on request: write to "
                    + "HSMrequest@microsoft.com with your use case, the regions and the number of HSMs you need.");
        }
        Optional<ArmResource> existing = arm.find(id(g, name));
        Instant now = arm.now();
        ArmResource r;
        if (existing.isPresent()) {
            r = existing.get();
            HsmPhase phase = HsmPhase.valueOf(r.phase);
            if (!phase.isTerminal()) {
                throw new ArmException(409, "AnotherOperationInProgress", "The Dedicated HSM '" + r.name
                        + "' is in state '" + phase + "'; wait until the operation in progress completes.");
            }
            if (phase == HsmPhase.Failed) {
                request.applyTo(r);
                provisioning.restart(r, now);
            } else {
                request.checkUnchanged(r);
                request.applyTagsTo(r);
            }
        } else {
            r = new ArmResource(id(g, name), TYPE, name, g.subscription, g.name);
            r.createdAt = now;
            r.createdBy = call.caller();
            request.applyTo(r);
            provisioning.restart(r, now);
            arm.put(r);
        }
        r.modifiedAt = now;
        return withRetry(ArmResponse.of(200, render(r, version)), r);
    }

    ArmResponse get(ArmCall call) {
        String version = call.apiVersion();
        checkApiVersion(version);
        ArmResource r = require(call);
        return withRetry(ArmResponse.of(200, render(r, version)), r);
    }

    ArmResponse patch(ArmCall call) {
        String version = call.apiVersion();
        checkApiVersion(version);
        ArmResource r = require(call);
        JsonNode body = call.json();
        JsonNode tags = body.get("tags");
        if (tags == null || !tags.isObject()) {
            throw ArmException.invalidContent("Required property 'tags' not found in JSON; only tags can be changed");
        }
        r.tags = ((ObjectNode) tags).deepCopy();
        r.modifiedAt = arm.now();
        return ArmResponse.of(200, render(r, version));
    }

    ArmResponse delete(ArmCall call) {
        String version = call.apiVersion();
        checkApiVersion(version);
        ArmState.Group g = arm.group(call.var("subscription"), call.var("group"));
        Optional<ArmResource> found = arm.find(id(g, call.var("name")));
        if (found.isEmpty()) {
            return ArmResponse.empty(204);
        }
        ArmResource r = found.get();
        if (!HsmPhase.Deleting.name().equals(r.phase)) {
            if (r.device != null && arm.pool().holdsKeyMaterial(r.device)) {
                throw new ArmException(409, "HsmNotZeroized", "The Dedicated HSM '" + r.name + "' cannot be "
                        + "deleted while its HSM holds key material. Zeroize the HSM first (three failed HSM admin "
                        + "logins zeroize it), then delete the resource.");
            }
            r.phase = HsmPhase.Deleting.name();
            r.since = arm.now();
        }
        return ArmResponse.empty(202).withHeader("Location", operationUrl(call, r, version))
                .withHeader("Retry-After", String.valueOf(arm.retryAfter().toSeconds()));
    }

    /** The delete poll: 202 while the resource is being deleted, then an empty 200. */
    ArmResponse operationResult(ArmCall call) {
        String[] parts = decodeOperation(call.var("operation"));
        Optional<ArmResource> r = parts.length == 3
                ? arm.find("/subscriptions/" + parts[0] + "/resourceGroups/" + parts[1] + "/providers/" + TYPE + "/"
                        + parts[2]) : Optional.empty();
        if (r.isPresent() && HsmPhase.Deleting.name().equals(r.get().phase)) {
            return ArmResponse.empty(202).withHeader("Location", call.baseUrl() + call.path() + "?api-version="
                    + call.apiVersion()).withHeader("Retry-After", String.valueOf(arm.retryAfter().toSeconds()));
        }
        return ArmResponse.empty(200);
    }

    private static String operationUrl(ArmCall call, ArmResource r, String version) {
        String opaque = Base64.getEncoder().encodeToString((r.subscription.toUpperCase(Locale.ROOT) + "/"
                + r.group.toUpperCase(Locale.ROOT) + "/" + r.name.toUpperCase(Locale.ROOT))
                .getBytes(StandardCharsets.UTF_8));
        return call.baseUrl() + "/subscriptions/" + r.subscription + "/providers/" + NAMESPACE + "/locations/"
                + r.location + "/operationResults/" + opaque.replace('/', '_').replace('+', '-') + "?api-version="
                + version;
    }

    private static String[] decodeOperation(String opaque) {
        try {
            return new String(Base64.getDecoder().decode(opaque.replace('_', '/').replace('-', '+')),
                    StandardCharsets.UTF_8).split("/");
        } catch (IllegalArgumentException e) {
            return new String[0];
        }
    }

    ArmResponse list(ArmCall call, boolean byGroup) {
        String version = call.apiVersion();
        checkApiVersion(version);
        String sub = call.var("subscription");
        List<ArmResource> all;
        if (byGroup) {
            ArmState.Group g = arm.group(sub, call.var("group"));
            all = arm.resources(TYPE).stream().filter(r -> r.group.equalsIgnoreCase(g.name)
                    && r.subscription.equalsIgnoreCase(sub)).toList();
        } else {
            ArmService.checkSubscription(sub);
            all = arm.resources(TYPE).stream().filter(r -> r.subscription.equalsIgnoreCase(sub)).toList();
        }
        return ArmResponse.of(200, Paging.page(call, all, r -> render(r, version)));
    }

    ArmResponse outboundEndpoints(ArmCall call) {
        checkApiVersion(call.apiVersion());
        require(call);
        ObjectNode body = ArmJson.obj();
        body.putArray("value");
        return ArmResponse.of(200, body);
    }

    ArmResponse operations(ArmCall call) {
        checkApiVersion(call.apiVersion());
        ObjectNode body = ArmJson.obj();
        ArrayNode value = body.putArray("value");
        String[][] ops = {{"read", "View DedicatedHsm", "Gets a Dedicated HSM"},
            {"write", "Create or Update DedicatedHsm", "Creates or updates a Dedicated HSM"},
            {"delete", "Delete DedicatedHsm", "Deletes a Dedicated HSM"}};
        for (String[] op : ops) {
            ObjectNode o = value.addObject().put("name", NAMESPACE + "/dedicatedhsms/" + op[0])
                    .put("isDataAction", false).put("origin", "system");
            o.putObject("display").put("provider", "Microsoft Hardware Security Modules")
                    .put("resource", "DedicatedHsm").put("operation", op[1]).put("description", op[2]);
        }
        return ArmResponse.of(200, body);
    }

    private ArmResource require(ArmCall call) {
        ArmState.Group g = arm.group(call.var("subscription"), call.var("group"));
        return arm.find(id(g, call.var("name")))
                .orElseThrow(() -> ArmException.resourceNotFound(TYPE, call.var("name"), g.name));
    }

    private ArmResponse withRetry(ArmResponse response, ArmResource r) {
        HsmPhase phase = HsmPhase.valueOf(r.phase);
        return phase.isTerminal() ? response
                : response.withHeader("Retry-After", String.valueOf(arm.retryAfter().toSeconds()));
    }

    /** The resource as the given api-version shows it. */
    ObjectNode render(ArmResource r, String version) {
        String ref = referenceField(version);
        HsmPhase phase = HsmPhase.valueOf(r.phase);
        ObjectNode o = ArmJson.obj().put("id", r.id).put("name", r.name).put("type", TYPE)
                .put("location", r.location);
        o.set("sku", r.sku.deepCopy());
        if (r.properties.has("zones")) {
            o.set("zones", r.properties.get("zones").deepCopy());
        }
        o.set("tags", r.tags == null ? ArmJson.obj() : r.tags.deepCopy());
        o.putObject("systemData").put("createdBy", r.createdBy).put("createdByType", "Application")
                .put("createdAt", r.createdAt.toString()).put("lastModifiedBy", r.createdBy)
                .put("lastModifiedByType", "Application").put("lastModifiedAt", r.modifiedAt.toString());
        ObjectNode props = o.putObject("properties");
        ObjectNode net = props.putObject("networkProfile");
        net.putObject("subnet").put(ref, r.properties.path("subnet").asText());
        ArrayNode nics = net.putArray("networkInterfaces");
        Optional<String> ip = provisioning.privateIp(r);
        if (r.device != null && phase != HsmPhase.Failed) {
            nics.addObject().put(ref, NetworkProvider.nicId(r)).put("privateIpAddress", ip.orElse(null));
        } else if (r.requestedIp != null) {
            nics.addObject().put("privateIpAddress", r.requestedIp);
        }
        if (r.properties.hasNonNull("stampId")) {
            props.put("stampId", r.properties.get("stampId").asText());
        } else if (r.stamp != null) {
            props.put("stampId", "stamp" + r.stamp);
        }
        props.put("statusMessage", phase == HsmPhase.Failed ? r.failure.message() : phase.statusMessage());
        props.put("provisioningState", phase.name());
        return o;
    }

    Instant dueAt(ArmResource r, ArmSettings settings) {
        HsmPhase phase = HsmPhase.valueOf(r.phase);
        if (phase.isCreating()) {
            return r.since.plus(settings.hsmProvisioning().multipliedBy(phase.shares())
                    .dividedBy(HsmPhase.TOTAL_SHARES));
        }
        return phase == HsmPhase.Deleting ? r.since.plus(settings.hsmDeletion()) : null;
    }

    void step(ArmResource r, Instant at) {
        provisioning.step(r, at);
    }

    Optional<ArmResource> holderOf(String deviceId) {
        return arm.resources(TYPE).stream().filter(r -> deviceId.equals(r.device)).findFirst();
    }
}
