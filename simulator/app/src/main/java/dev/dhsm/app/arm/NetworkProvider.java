package dev.dhsm.app.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The part of {@code Microsoft.Network} a Dedicated HSM deployment depends on: virtual networks, their subnets
 * and delegations, public IPs, and the NIC each HSM gets next to it (FM-08). Gateways are
 * {@link GatewayProvider}'s.
 */
final class NetworkProvider {
    static final String NAMESPACE = "Microsoft.Network";
    static final String VNETS = NAMESPACE + "/virtualNetworks";
    static final String SUBNETS = VNETS + "/subnets";
    static final String GATEWAYS = NAMESPACE + "/virtualNetworkGateways";
    static final String NICS = NAMESPACE + "/networkInterfaces";
    static final String PUBLIC_IPS = NAMESPACE + "/publicIPAddresses";
    static final String UPDATING = "Updating";
    static final String SUCCEEDED = "Succeeded";
    static final String GATEWAY_SUBNET = "GatewaySubnet";
    private static final List<String> HSM_ACTIONS = List.of("Microsoft.Network/networkinterfaces/*",
            "Microsoft.Network/virtualNetworks/subnets/join/action");

    private final ArmService arm;

    NetworkProvider(ArmService arm) {
        this.arm = arm;
    }

    static String parentOf(String id) {
        String s = id;
        for (int i = 0; i < 2; i++) {
            s = s.substring(0, s.lastIndexOf('/'));
        }
        return s;
    }

    static String nicId(ArmResource hsm) {
        return "/subscriptions/" + hsm.subscription + "/resourceGroups/" + hsm.group + "/providers/" + NICS + "/"
                + hsm.name + "_HSMnic";
    }

    static boolean delegatedTo(ArmResource subnet, String service) {
        for (JsonNode d : subnet.properties.path("delegations")) {
            if (service.equalsIgnoreCase(d.path("serviceName").asText())) {
                return true;
            }
        }
        return false;
    }

    static String id(ArmState.Group g, String type, String name) {
        return g.id() + "/providers/" + type + "/" + name;
    }

    static ArmResource resource(ArmState.Group g, String type, String name) {
        return new ArmResource(id(g, type, name), type, name, g.subscription, g.name);
    }

    static String location(JsonNode body) {
        String location = ArmJson.text(body, "location");
        if (location == null || location.isBlank()) {
            throw ArmException.badRequest("LocationRequired", "The location property is required for this "
                    + "definition.");
        }
        return ArmService.normalizeLocation(location);
    }

    static ObjectNode tags(JsonNode body) {
        JsonNode t = body.get("tags");
        return t != null && t.isObject() ? ((ObjectNode) t).deepCopy() : ArmJson.obj();
    }

    ArmResource require(ArmCall call, String type, String name) {
        ArmState.Group g = arm.group(call.var("subscription"), call.var("group"));
        return arm.find(id(g, type, name)).orElseThrow(() -> ArmException.resourceNotFound(type, name, g.name));
    }

    // ---- virtual networks

    ArmResponse putVnet(ArmCall call) {
        call.apiVersion();
        ArmState.Group g = arm.group(call.var("subscription"), call.var("group"));
        JsonNode body = call.json();
        String name = call.var("name");
        ArmResource vnet = arm.find(id(g, VNETS, name)).orElse(null);
        boolean created = vnet == null;
        ArmResource next = created ? resource(g, VNETS, name) : vnet;
        String location = location(body);
        JsonNode prefixes = body.path("properties").path("addressSpace").path("addressPrefixes");
        if (!prefixes.isArray() || prefixes.isEmpty()) {
            throw ArmException.badRequest("InvalidRequestFormat", "Cannot parse the request: the virtual network "
                    + "needs properties.addressSpace.addressPrefixes.");
        }
        for (JsonNode p : prefixes) {
            if (Cidr.parse(p.asText()).isEmpty()) {
                throw ArmException.badRequest("InvalidAddressPrefixFormat", "Address prefix " + p.asText()
                        + " of resource " + next.id + " is not formatted correctly. It should follow CIDR notation, "
                        + "for example 10.0.0.0/24.");
            }
        }
        next.location = location;
        next.tags = tags(body);
        next.properties = ArmJson.obj();
        next.properties.putObject("addressSpace").set("addressPrefixes", prefixes.deepCopy());
        next.phase = SUCCEEDED;
        arm.put(next);
        JsonNode subnets = body.path("properties").get("subnets");
        if (subnets != null && subnets.isArray()) {
            for (JsonNode s : subnets) {
                String subnetName = ArmJson.text(s, "name");
                if (subnetName == null) {
                    throw ArmException.invalidContent("a subnet of the virtual network has no 'name'");
                }
                storeSubnet(next, subnetName, s);
            }
        }
        return ArmResponse.of(created ? 201 : 200, renderVnet(next));
    }

    ArmResponse getVnet(ArmCall call) {
        call.apiVersion();
        return ArmResponse.of(200, renderVnet(require(call, VNETS, call.var("name"))));
    }

    ArmResponse deleteVnet(ArmCall call) {
        call.apiVersion();
        ArmState.Group g = arm.group(call.var("subscription"), call.var("group"));
        Optional<ArmResource> vnet = arm.find(id(g, VNETS, call.var("name")));
        if (vnet.isEmpty()) {
            return ArmResponse.empty(204);
        }
        for (ArmResource subnet : subnetsOf(vnet.get())) {
            checkUnused(subnet);
        }
        for (ArmResource subnet : subnetsOf(vnet.get())) {
            arm.remove(subnet);
        }
        arm.remove(vnet.get());
        return ArmResponse.empty(200);
    }

    ArmResponse listVnets(ArmCall call) {
        call.apiVersion();
        ArmState.Group g = arm.group(call.var("subscription"), call.var("group"));
        return ArmResponse.of(200, Paging.page(call, inGroup(g, VNETS), this::renderVnet));
    }

    private List<ArmResource> inGroup(ArmState.Group g, String type) {
        return arm.resources(type).stream().filter(r -> r.group.equalsIgnoreCase(g.name)
                && r.subscription.equalsIgnoreCase(g.subscription)).toList();
    }

    List<ArmResource> subnetsOf(ArmResource vnet) {
        return arm.resources(SUBNETS).stream().filter(s -> s.within(vnet.id) && s != vnet).toList();
    }

    ObjectNode renderVnet(ArmResource vnet) {
        ObjectNode o = header(vnet);
        o.put("location", vnet.location);
        o.set("tags", vnet.tags.deepCopy());
        ObjectNode p = o.putObject("properties").put("provisioningState", SUCCEEDED)
                .put("resourceGuid", etag(vnet.id));
        p.set("addressSpace", vnet.properties.get("addressSpace").deepCopy());
        ArrayNode subnets = p.putArray("subnets");
        subnetsOf(vnet).forEach(s -> subnets.add(renderSubnet(s)));
        p.putArray("virtualNetworkPeerings");
        p.put("enableDdosProtection", false);
        return o;
    }

    static ObjectNode header(ArmResource r) {
        return ArmJson.obj().put("name", r.name.substring(r.name.lastIndexOf('/') + 1)).put("id", r.id)
                .put("etag", "W/\"" + etag(r.id + r.properties) + "\"").put("type", r.type);
    }

    static String etag(String seed) {
        return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
    }

    // ---- subnets

    ArmResponse putSubnet(ArmCall call) {
        call.apiVersion();
        ArmState.Group g = arm.group(call.var("subscription"), call.var("group"));
        String vnetName = call.var("vnet");
        ArmResource vnet = arm.find(id(g, VNETS, vnetName)).orElseThrow(() -> new ArmException(404,
                "ParentResourceNotFound", "Can not perform requested operation on nested resource. Parent resource '"
                + vnetName + "' not found."));
        boolean created = arm.find(vnet.id + "/subnets/" + call.var("name")).isEmpty();
        ArmResource subnet = storeSubnet(vnet, call.var("name"), call.json());
        return ArmResponse.of(created ? 201 : 200, renderSubnet(subnet));
    }

    private ArmResource storeSubnet(ArmResource vnet, String name, JsonNode body) {
        JsonNode props = body.path("properties");
        String prefix = ArmJson.text(props, "addressPrefix");
        Optional<Cidr> range = Cidr.parse(prefix);
        if (range.isEmpty()) {
            throw ArmException.badRequest("InvalidAddressPrefixFormat", "Address prefix " + prefix + " of subnet "
                    + name + " is not formatted correctly. It should follow CIDR notation, for example 10.0.0.0/24.");
        }
        boolean inside = false;
        for (JsonNode p : vnet.properties.path("addressSpace").path("addressPrefixes")) {
            inside |= Cidr.parse(p.asText()).map(range.get()::within).orElse(false);
        }
        if (!inside) {
            throw ArmException.badRequest("NetcfgSubnetRangeOutsideVnet", "Subnet '" + name + "' is not valid "
                    + "because its IP address range is outside the IP address range of virtual network '" + vnet.name
                    + "'.");
        }
        String subnetId = vnet.id + "/subnets/" + name;
        ArmResource subnet = arm.find(subnetId).orElseGet(() -> new ArmResource(subnetId, SUBNETS,
                vnet.name + "/" + name, vnet.subscription, vnet.group));
        ObjectNode stored = ArmJson.obj().put("addressPrefix", prefix);
        ArrayNode delegations = stored.putArray("delegations");
        int n = 0;
        for (JsonNode d : props.path("delegations")) {
            String service = ArmJson.text(d.path("properties"), "serviceName");
            if (service == null) {
                service = ArmJson.text(d, "serviceName");
            }
            if (service == null) {
                throw ArmException.invalidContent("a delegation of subnet '" + name + "' has no "
                        + "'properties.serviceName'");
            }
            String dname = ArmJson.text(d, "name");
            delegations.addObject().put("name", dname != null ? dname : String.valueOf(n)).put("serviceName", service);
            n++;
        }
        subnet.location = vnet.location;
        subnet.properties = stored;
        subnet.phase = SUCCEEDED;
        arm.put(subnet);
        return subnet;
    }

    ArmResponse getSubnet(ArmCall call) {
        call.apiVersion();
        ArmState.Group g = arm.group(call.var("subscription"), call.var("group"));
        String subnetId = id(g, VNETS, call.var("vnet")) + "/subnets/" + call.var("name");
        ArmResource subnet = arm.find(subnetId).orElseThrow(() -> ArmException.resourceNotFound(SUBNETS,
                call.var("vnet") + "/" + call.var("name"), g.name));
        return ArmResponse.of(200, renderSubnet(subnet));
    }

    ArmResponse listSubnets(ArmCall call) {
        call.apiVersion();
        ArmResource vnet = require(call, VNETS, call.var("vnet"));
        return ArmResponse.of(200, Paging.page(call, subnetsOf(vnet), this::renderSubnet));
    }

    ArmResponse deleteSubnet(ArmCall call) {
        call.apiVersion();
        ArmState.Group g = arm.group(call.var("subscription"), call.var("group"));
        Optional<ArmResource> subnet = arm.find(id(g, VNETS, call.var("vnet")) + "/subnets/" + call.var("name"));
        if (subnet.isEmpty()) {
            return ArmResponse.empty(204);
        }
        checkUnused(subnet.get());
        arm.remove(subnet.get());
        return ArmResponse.empty(200);
    }

    private void checkUnused(ArmResource subnet) {
        Optional<String> user = arm.resources(HsmProvider.TYPE).stream()
                .filter(h -> subnet.id.equalsIgnoreCase(h.properties.path("subnet").asText())).map(h -> h.id)
                .findFirst();
        if (user.isEmpty()) {
            user = arm.resources(GATEWAYS).stream()
                    .filter(gw -> subnet.id.equalsIgnoreCase(GatewayProvider.gatewaySubnet(gw)))
                    .map(gw -> gw.id).findFirst();
        }
        if (user.isPresent()) {
            throw ArmException.badRequest("InUseSubnetCannotBeDeleted", "Subnet " + subnet.name + " is in use by "
                    + user.get() + " and cannot be deleted. In order to delete the subnet, delete all the resources "
                    + "within the subnet.");
        }
    }

    ObjectNode renderSubnet(ArmResource subnet) {
        ObjectNode o = header(subnet);
        ObjectNode p = o.putObject("properties").put("provisioningState", SUCCEEDED)
                .put("addressPrefix", subnet.properties.path("addressPrefix").asText());
        ArrayNode delegations = p.putArray("delegations");
        for (JsonNode d : subnet.properties.path("delegations")) {
            String service = d.path("serviceName").asText();
            ObjectNode out = delegations.addObject().put("name", d.path("name").asText())
                    .put("id", subnet.id + "/delegations/" + d.path("name").asText())
                    .put("etag", "W/\"" + etag(subnet.id + d) + "\"");
            ObjectNode dp = out.putObject("properties").put("provisioningState", SUCCEEDED)
                    .put("serviceName", service);
            ArrayNode actions = dp.putArray("actions");
            if (HsmProvisioning.DELEGATION.equalsIgnoreCase(service)) {
                HSM_ACTIONS.forEach(actions::add);
            }
            out.put("type", SUBNETS + "/delegations");
        }
        if (delegatedTo(subnet, HsmProvisioning.DELEGATION)) {
            p.put("purpose", "HostedWorkloads");
        }
        ArrayNode configs = p.putArray("ipConfigurations");
        arm.resources(HsmProvider.TYPE).stream().filter(h -> h.device != null
                && subnet.id.equalsIgnoreCase(h.properties.path("subnet").asText()))
                .forEach(h -> configs.addObject().put("id", nicId(h) + "/ipConfigurations/ipconfig1"));
        p.put("privateEndpointNetworkPolicies", "Disabled").put("privateLinkServiceNetworkPolicies", "Enabled");
        return o;
    }

    ArmResponse deleteSimple(ArmCall call, String type) {
        call.apiVersion();
        ArmState.Group g = arm.group(call.var("subscription"), call.var("group"));
        Optional<ArmResource> r = arm.find(id(g, type, call.var("name")));
        if (r.isEmpty()) {
            return ArmResponse.empty(204);
        }
        arm.remove(r.get());
        return ArmResponse.empty(200);
    }
}
