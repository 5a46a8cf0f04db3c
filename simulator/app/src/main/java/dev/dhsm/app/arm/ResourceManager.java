package dev.dhsm.app.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resource Manager's own endpoints: subscriptions, resource providers and the api-versions they list (which
 * {@code az resource} reads), resource groups, and the generic resource lists of {@code az resource list}.
 */
final class ResourceManager {
    private static final Map<String, String> DISPLAY = Map.ofEntries(Map.entry("eastus", "East US"),
            Map.entry("eastus2", "East US 2"), Map.entry("westus", "West US"), Map.entry("westus2", "West US 2"),
            Map.entry("southcentralus", "South Central US"), Map.entry("southeastasia", "Southeast Asia"),
            Map.entry("eastasia", "East Asia"), Map.entry("centralindia", "Central India"),
            Map.entry("southindia", "South India"), Map.entry("japaneast", "Japan East"),
            Map.entry("japanwest", "Japan West"), Map.entry("northeurope", "North Europe"),
            Map.entry("westeurope", "West Europe"), Map.entry("uksouth", "UK South"),
            Map.entry("ukwest", "UK West"), Map.entry("canadacentral", "Canada Central"),
            Map.entry("australiaeast", "Australia East"), Map.entry("australiasoutheast", "Australia Southeast"),
            Map.entry("switzerlandnorth", "Switzerland North"), Map.entry("switzerlandwest", "Switzerland West"));
    private static final List<String> NETWORK_VERSIONS = List.of("2024-05-01", "2024-03-01", "2024-01-01",
            "2023-09-01", "2022-11-01", "2022-01-01", "2021-08-01");
    private static final List<String> RESOURCES_VERSIONS = List.of("2022-09-01", "2021-04-01", "2020-06-01",
            "2019-10-01");
    private static final Pattern FILTER = Pattern.compile("(resourceType|name)\\s+eq\\s+'([^']*)'",
            Pattern.CASE_INSENSITIVE);

    private final ArmService arm;

    ResourceManager(ArmService arm) {
        this.arm = arm;
    }

    static String displayName(String region) {
        return DISPLAY.getOrDefault(region, region);
    }

    private List<String> subscriptions() {
        List<String> subs = new ArrayList<>(List.of(ArmIdentity.SUBSCRIPTION));
        arm.currentSettings().allowedSubscriptions().stream().filter(s -> !subs.contains(s)).forEach(subs::add);
        return subs;
    }

    private static ObjectNode subscription(String id) {
        ObjectNode s = ArmJson.obj().put("id", "/subscriptions/" + id).put("subscriptionId", id)
                .put("tenantId", ArmIdentity.TENANT)
                .put("displayName", id.equals(ArmIdentity.SUBSCRIPTION) ? ArmIdentity.SUBSCRIPTION_NAME
                        : "dhsm subscription " + id)
                .put("state", "Enabled").put("authorizationSource", "RoleBased");
        s.putObject("subscriptionPolicies").put("locationPlacementId", "Public_2014-09-01")
                .put("quotaId", "PayAsYouGo_2014-09-01").put("spendingLimit", "Off");
        return s;
    }

    ArmResponse listSubscriptions(ArmCall call) {
        call.apiVersion();
        ObjectNode body = ArmJson.obj();
        ArrayNode value = body.putArray("value");
        subscriptions().forEach(s -> value.add(subscription(s)));
        return ArmResponse.of(200, body);
    }

    ArmResponse getSubscription(ArmCall call) {
        call.apiVersion();
        String sub = call.var("subscription");
        ArmService.checkSubscription(sub);
        return ArmResponse.of(200, subscription(sub.toLowerCase(Locale.ROOT)));
    }

    ArmResponse listProviders(ArmCall call) {
        call.apiVersion();
        ArmService.checkSubscription(call.var("subscription"));
        ObjectNode body = ArmJson.obj();
        ArrayNode value = body.putArray("value");
        for (String ns : List.of(HsmProvider.NAMESPACE, NetworkProvider.NAMESPACE, "Microsoft.Resources")) {
            value.add(provider(call.var("subscription"), ns).orElseThrow());
        }
        return ArmResponse.of(200, body);
    }

    ArmResponse getProvider(ArmCall call) {
        call.apiVersion();
        ArmService.checkSubscription(call.var("subscription"));
        String ns = call.var("namespace");
        return ArmResponse.of(200, provider(call.var("subscription"), ns).orElseThrow(() ->
                new ArmException(404, "InvalidResourceNamespace", "The resource namespace '" + ns
                        + "' is invalid.")));
    }

    private Optional<ObjectNode> provider(String sub, String ns) {
        String where = displayName(arm.region());
        ObjectNode p = ArmJson.obj();
        ArrayNode types = ArmJson.NODES.arrayNode();
        if (ns.equalsIgnoreCase(HsmProvider.NAMESPACE)) {
            p.put("namespace", HsmProvider.NAMESPACE);
            types.add(type("dedicatedHSMs", where, HsmProvider.API_VERSIONS));
            types.add(type("operations", null, HsmProvider.API_VERSIONS));
            types.add(type("locations/operationResults", where, HsmProvider.API_VERSIONS));
        } else if (ns.equalsIgnoreCase(NetworkProvider.NAMESPACE)) {
            p.put("namespace", NetworkProvider.NAMESPACE);
            for (String t : List.of("virtualNetworks", "virtualNetworks/subnets", "virtualNetworkGateways",
                    "networkInterfaces", "publicIPAddresses", "locations/operations")) {
                types.add(type(t, where, NETWORK_VERSIONS));
            }
        } else if (ns.equalsIgnoreCase("Microsoft.Resources")) {
            p.put("namespace", "Microsoft.Resources");
            for (String t : List.of("resourceGroups", "deployments", "deployments/operations", "subscriptions",
                    "providers")) {
                types.add(type(t, null, RESOURCES_VERSIONS));
            }
        } else {
            return Optional.empty();
        }
        p.put("id", "/subscriptions/" + sub + "/providers/" + p.get("namespace").asText());
        p.put("registrationState", "Registered").put("registrationPolicy", "RegistrationRequired");
        p.set("resourceTypes", types);
        return Optional.of(p);
    }

    private static ObjectNode type(String name, String location, List<String> versions) {
        ObjectNode t = ArmJson.obj().put("resourceType", name);
        ArrayNode locations = t.putArray("locations");
        if (location != null) {
            locations.add(location);
        }
        ArrayNode v = t.putArray("apiVersions");
        versions.forEach(v::add);
        return t;
    }

    // ---- resource groups

    ArmResponse putGroup(ArmCall call) {
        call.apiVersion();
        String sub = call.var("subscription");
        ArmService.checkSubscription(sub);
        String name = call.var("group");
        if (!name.matches("[-\\w._()]{1,90}") || name.endsWith(".")) {
            throw ArmException.badRequest("InvalidResourceGroupName", "The resource group name '" + name
                    + "' is invalid.");
        }
        JsonNode body = call.json();
        String location = ArmJson.text(body, "location");
        if (location == null || location.isBlank()) {
            throw ArmException.badRequest("LocationRequired", "The location property is required for this "
                    + "definition.");
        }
        ArmState.Group existing = arm.state.groups.get(ArmState.groupKey(sub, name));
        ArmState.Group g = existing != null ? existing : new ArmState.Group();
        if (existing == null) {
            g.subscription = sub.toLowerCase(Locale.ROOT);
            g.name = name;
            g.location = ArmService.normalizeLocation(location);
        }
        JsonNode tags = body.get("tags");
        g.tags = tags != null && tags.isObject() ? ((ObjectNode) tags).deepCopy() : ArmJson.obj();
        arm.state.groups.put(ArmState.groupKey(sub, name), g);
        return ArmResponse.of(existing == null ? 201 : 200, render(g));
    }

    ArmResponse patchGroup(ArmCall call) {
        call.apiVersion();
        ArmState.Group g = arm.group(call.var("subscription"), call.var("group"));
        JsonNode tags = call.json().get("tags");
        if (tags != null && tags.isObject()) {
            g.tags = ((ObjectNode) tags).deepCopy();
        }
        return ArmResponse.of(200, render(g));
    }

    ArmResponse getGroup(ArmCall call) {
        call.apiVersion();
        return ArmResponse.of(200, render(arm.group(call.var("subscription"), call.var("group"))));
    }

    ArmResponse headGroup(ArmCall call) {
        ArmService.checkSubscription(call.var("subscription"));
        boolean exists = arm.state.groups.containsKey(ArmState.groupKey(call.var("subscription"), call.var("group")));
        return ArmResponse.empty(exists ? 204 : 404);
    }

    ArmResponse listGroups(ArmCall call) {
        call.apiVersion();
        String sub = call.var("subscription");
        ArmService.checkSubscription(sub);
        List<ArmState.Group> groups = arm.state.groups.values().stream()
                .filter(g -> g.subscription.equalsIgnoreCase(sub)).toList();
        return ArmResponse.of(200, Paging.page(call, groups, this::render));
    }

    ArmResponse deleteGroup(ArmCall call) {
        call.apiVersion();
        String sub = call.var("subscription");
        ArmService.checkSubscription(sub);
        ArmState.Group g = arm.state.groups.get(ArmState.groupKey(sub, call.var("group")));
        if (g == null) {
            throw ArmException.groupNotFound(call.var("group"));
        }
        Optional<ArmResource> hsm = arm.resources(HsmProvider.TYPE).stream().filter(r -> r.within(g.id()))
                .findFirst();
        if (hsm.isPresent()) {
            throw new ArmException(409, "Conflict", "The resource group '" + g.name + "' still holds the Dedicated "
                    + "HSM '" + hsm.get().id + "'. Delete the HSM first (deleting the resource group directly "
                    + "would leave the device orphaned), then the resource group.");
        }
        arm.state.resources.values().removeIf(r -> r.within(g.id()));
        arm.state.deployments.values().removeIf(d -> d.id.toLowerCase(Locale.ROOT)
                .startsWith(g.id().toLowerCase(Locale.ROOT) + "/"));
        arm.state.groups.remove(ArmState.groupKey(sub, g.name));
        return ArmResponse.empty(200);
    }

    private ObjectNode render(ArmState.Group g) {
        ObjectNode o = ArmJson.obj().put("id", g.id()).put("name", g.name)
                .put("type", "Microsoft.Resources/resourceGroups").put("location", g.location);
        o.set("tags", g.tags == null ? ArmJson.obj() : g.tags.deepCopy());
        o.putObject("properties").put("provisioningState", "Succeeded");
        return o;
    }

    // ---- generic resource lists

    ArmResponse listResources(ArmCall call) {
        call.apiVersion();
        String sub = call.var("subscription");
        String prefix = call.var("group") != null ? arm.group(sub, call.var("group")).id() : "/subscriptions/" + sub;
        ArmService.checkSubscription(sub);
        List<ArmResource> all = new ArrayList<>(arm.state.resources.values().stream()
                .filter(r -> !r.isType(NetworkProvider.SUBNETS) && r.within(prefix)).toList());
        arm.interfaces.nics().stream().filter(n -> n.within(prefix)).forEach(all::add);
        String filter = call.query().get("$filter");
        if (filter != null) {
            Matcher m = FILTER.matcher(filter);
            while (m.find()) {
                String field = m.group(1);
                String wanted = m.group(2);
                all.removeIf(r -> !(field.equalsIgnoreCase("name") ? r.name : r.type).equalsIgnoreCase(wanted));
            }
        }
        all.sort(Comparator.comparing(ArmResource::key));
        return ArmResponse.of(200, Paging.page(call, all, this::generic));
    }

    private ObjectNode generic(ArmResource r) {
        ObjectNode o = ArmJson.obj().put("id", r.id).put("name", r.name).put("type", r.type)
                .put("location", r.location);
        if (r.sku != null) {
            o.set("sku", r.sku.deepCopy());
        }
        o.set("tags", r.tags == null ? ArmJson.obj() : r.tags.deepCopy());
        return o;
    }
}
