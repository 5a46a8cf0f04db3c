package dev.dhsm.app.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The part of {@code Microsoft.Network} a Dedicated HSM deployment depends on: virtual networks, their subnets
 * and delegations, ExpressRoute gateways (one per VNet, FM-09; {@code Updating} until the gateway time has
 * passed on the clock, FM-05), public IPs for them, and the NIC each HSM gets next to it (FM-08).
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

    private static String id(ArmState.Group g, String type, String name) {
        return g.id() + "/providers/" + type + "/" + name;
    }

    private static ArmResource resource(ArmState.Group g, String type, String name) {
        return new ArmResource(id(g, type, name), type, name, g.subscription, g.name);
    }

    private static String location(JsonNode body) {
        String location = ArmJson.text(body, "location");
        if (location == null || location.isBlank()) {
            throw ArmException.badRequest("LocationRequired", "The location property is required for this "
                    + "definition.");
        }
        return ArmService.normalizeLocation(location);
    }

    private static ObjectNode tags(JsonNode body) {
        JsonNode t = body.get("tags");
        return t != null && t.isObject() ? ((ObjectNode) t).deepCopy() : ArmJson.obj();
    }

    private ArmResource require(ArmCall call, String type, String name) {
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

    private static ObjectNode header(ArmResource r) {
        return ArmJson.obj().put("name", r.name.substring(r.name.lastIndexOf('/') + 1)).put("id", r.id)
                .put("etag", "W/\"" + etag(r.id + r.properties) + "\"").put("type", r.type);
    }

    private static String etag(String seed) {
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
            user = arm.resources(GATEWAYS).stream().filter(gw -> subnet.id.equalsIgnoreCase(gatewaySubnet(gw)))
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

    // ---- gateways

    static String gatewaySubnet(ArmResource gateway) {
        return HsmRequest.reference(gateway.properties.path("ipConfigurations").path(0).path("properties")
                .path("subnet"));
    }

    /** The VNet's gateway: the one whose ip configuration sits in one of its subnets. */
    Optional<ArmResource> gatewayOf(String vnetId) {
        return arm.resources(GATEWAYS).stream().filter(gw -> {
            String subnet = gatewaySubnet(gw);
            return subnet != null && parentOf(subnet).equalsIgnoreCase(vnetId);
        }).findFirst();
    }

    ArmResponse putGateway(ArmCall call) {
        call.apiVersion();
        ArmState.Group g = arm.group(call.var("subscription"), call.var("group"));
        JsonNode body = call.json();
        String name = call.var("name");
        String gatewayId = id(g, GATEWAYS, name);
        String location = location(body);
        JsonNode props = body.path("properties");
        String type = ArmJson.text(props, "gatewayType");
        if (type == null || !List.of("vpn", "expressroute", "localgateway").contains(type.toLowerCase(Locale.ROOT))) {
            throw ArmException.badRequest("InvalidRequestFormat", "Cannot parse the request: "
                    + "properties.gatewayType must be Vpn, ExpressRoute or LocalGateway.");
        }
        JsonNode config = props.path("ipConfigurations").path(0).path("properties");
        String subnetId = HsmRequest.reference(config.path("subnet"));
        ArmResource subnet = arm.find(subnetId).filter(r -> r.isType(SUBNETS)).orElseThrow(() ->
                ArmException.badRequest("InvalidResourceReference", "Resource " + subnetId + " referenced by "
                        + "resource " + gatewayId + " was not found. Please make sure that the referenced resource "
                        + "exists, and that both resources are in the same region."));
        if (!subnet.id.endsWith("/" + GATEWAY_SUBNET)) {
            throw ArmException.badRequest("InvalidGatewaySubnet", "Subnet " + subnet.id + " referenced by "
                    + gatewayId + " is not named 'GatewaySubnet'. A virtual network gateway must be in the subnet "
                    + "named GatewaySubnet.");
        }
        String publicIp = HsmRequest.reference(config.path("publicIPAddress"));
        if (publicIp != null && arm.find(publicIp).isEmpty()) {
            throw ArmException.badRequest("InvalidResourceReference", "Resource " + publicIp + " referenced by "
                    + "resource " + gatewayId + " was not found.");
        }
        Optional<ArmResource> other = gatewayOf(parentOf(subnet.id))
                .filter(gw -> !gw.id.equalsIgnoreCase(gatewayId));
        if (other.isPresent()) {
            throw ArmException.badRequest("VnetGatewayAlreadyExists", "Virtual network " + parentOf(subnet.id)
                    + " already has the virtual network gateway " + other.get().id + ". A virtual network can have "
                    + "only one gateway; use another virtual network for a second ExpressRoute connection.");
        }
        Optional<ArmResource> existing = arm.find(gatewayId);
        ArmResource gw = existing.orElseGet(() -> resource(g, GATEWAYS, name));
        gw.location = location;
        gw.tags = tags(body);
        ObjectNode stored = ((ObjectNode) props).deepCopy();
        gw.properties = stored;
        if (existing.isEmpty()) {
            gw.phase = UPDATING;
            gw.since = arm.now();
            gw.createdAt = gw.since;
        }
        arm.put(gw);
        ArmResponse response = ArmResponse.of(existing.isEmpty() ? 201 : 200, renderGateway(gw));
        if (UPDATING.equals(gw.phase)) {
            response = response.withHeader("Azure-AsyncOperation", call.baseUrl() + "/subscriptions/"
                    + g.subscription + "/providers/" + NAMESPACE + "/locations/" + location + "/operations/"
                    + Base64.getUrlEncoder().withoutPadding().encodeToString(gw.id.getBytes(StandardCharsets.UTF_8))
                    + "?api-version=" + call.apiVersion())
                    .withHeader("Retry-After", String.valueOf(arm.retryAfter().toSeconds()));
        }
        return response;
    }

    /** Microsoft.Network's operation status: InProgress while the gateway is Updating, then Succeeded. */
    ArmResponse operationStatus(ArmCall call) {
        String id;
        try {
            id = new String(Base64.getUrlDecoder().decode(call.var("operation")), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new ArmException(404, "NotFound", "The operation '" + call.var("operation") + "' was not found.");
        }
        Optional<ArmResource> gw = arm.find(id);
        ObjectNode body = ArmJson.obj();
        if (gw.isEmpty()) {
            body.put("status", "Failed").putObject("error").put("code", "NotFound")
                    .put("message", "The resource " + id + " no longer exists.");
            return ArmResponse.of(200, body);
        }
        boolean done = SUCCEEDED.equals(gw.get().phase);
        ArmResponse response = ArmResponse.of(200, body.put("status", done ? "Succeeded" : "InProgress"));
        return done ? response : response.withHeader("Retry-After", String.valueOf(arm.retryAfter().toSeconds()));
    }

    ArmResponse getGateway(ArmCall call) {
        call.apiVersion();
        return ArmResponse.of(200, renderGateway(require(call, GATEWAYS, call.var("name"))));
    }

    ArmResponse deleteGateway(ArmCall call) {
        return deleteSimple(call, GATEWAYS);
    }

    ObjectNode renderGateway(ArmResource gw) {
        ObjectNode o = header(gw);
        o.put("location", gw.location);
        o.set("tags", gw.tags.deepCopy());
        ObjectNode p = gw.properties.deepCopy();
        p.put("provisioningState", gw.phase);
        p.put("resourceGuid", etag(gw.id));
        int i = 0;
        for (JsonNode c : p.path("ipConfigurations")) {
            ObjectNode config = (ObjectNode) c;
            String configName = config.hasNonNull("name") ? config.get("name").asText() : "default" + i;
            config.put("name", configName).put("id", gw.id + "/ipConfigurations/" + configName);
            if (config.path("properties").isObject()) {
                ((ObjectNode) config.get("properties")).put("provisioningState", gw.phase)
                        .put("privateIPAllocationMethod", "Dynamic");
            }
            i++;
        }
        o.set("properties", p);
        return o;
    }

    // ---- NICs (the HSMs'), public IPs

    /** The NICs that exist: one per HSM that holds a device. */
    List<ArmResource> nics() {
        return arm.resources(HsmProvider.TYPE).stream().filter(h -> h.device != null).map(h -> {
            ArmResource nic = new ArmResource(nicId(h), NICS, h.name + "_HSMnic", h.subscription, h.group);
            nic.location = h.location;
            nic.tags = ArmJson.obj();
            nic.properties = ArmJson.obj().put("hsm", h.id);
            return nic;
        }).toList();
    }

    ArmResponse getNic(ArmCall call) {
        call.apiVersion();
        ArmState.Group g = arm.group(call.var("subscription"), call.var("group"));
        String nicId = id(g, NICS, call.var("name"));
        ArmResource nic = nics().stream().filter(n -> n.id.equalsIgnoreCase(nicId)).findFirst()
                .orElseThrow(() -> ArmException.resourceNotFound(NICS, call.var("name"), g.name));
        return ArmResponse.of(200, renderNic(nic));
    }

    ArmResponse listNics(ArmCall call) {
        call.apiVersion();
        ArmState.Group g = arm.group(call.var("subscription"), call.var("group"));
        List<ArmResource> mine = nics().stream().filter(n -> n.group.equalsIgnoreCase(g.name)
                && n.subscription.equalsIgnoreCase(g.subscription)).toList();
        return ArmResponse.of(200, Paging.page(call, mine, this::renderNic));
    }

    ArmResponse putNic(ArmCall call) {
        call.apiVersion();
        throw ArmException.badRequest("OperationNotAllowed", "Network interfaces here are made and removed by "
                + "their Dedicated HSM; '" + call.var("name") + "' cannot be created or changed directly.");
    }

    ObjectNode renderNic(ArmResource nic) {
        ArmResource hsm = arm.find(nic.properties.path("hsm").asText()).orElseThrow();
        String ip = arm.pool().devices().stream().filter(d -> d.id().equals(hsm.device)).findFirst()
                .map(d -> d.address()).orElse(null);
        ObjectNode o = header(nic);
        o.put("location", nic.location);
        o.set("tags", ArmJson.obj());
        ObjectNode p = o.putObject("properties").put("provisioningState", SUCCEEDED)
                .put("resourceGuid", etag(nic.id));
        ObjectNode config = p.putArray("ipConfigurations").addObject().put("name", "ipconfig1")
                .put("id", nic.id + "/ipConfigurations/ipconfig1").put("type", NICS + "/ipConfigurations");
        ObjectNode cp = config.putObject("properties").put("provisioningState", SUCCEEDED)
                .put("privateIPAddress", ip)
                .put("privateIPAllocationMethod", hsm.requestedIp != null ? "Static" : "Dynamic");
        cp.putObject("subnet").put("id", hsm.properties.path("subnet").asText());
        cp.put("primary", true).put("privateIPAddressVersion", "IPv4");
        p.put("macAddress", mac(nic.id)).put("primary", true).put("enableIPForwarding", false)
                .put("enableAcceleratedNetworking", false);
        p.putObject("dnsSettings").putArray("dnsServers");
        return o;
    }

    private static String mac(String seed) {
        byte[] b = UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString()
                .getBytes(StandardCharsets.US_ASCII);
        return String.format("00-0D-3A-%02X-%02X-%02X", b[0] & 0xff, b[1] & 0xff, b[2] & 0xff);
    }

    ArmResponse putPublicIp(ArmCall call) {
        call.apiVersion();
        ArmState.Group g = arm.group(call.var("subscription"), call.var("group"));
        JsonNode body = call.json();
        String name = call.var("name");
        Optional<ArmResource> existing = arm.find(id(g, PUBLIC_IPS, name));
        ArmResource ip = existing.orElseGet(() -> resource(g, PUBLIC_IPS, name));
        ip.location = location(body);
        ip.tags = tags(body);
        ip.sku = body.has("sku") ? body.get("sku").deepCopy() : ArmJson.obj().put("name", "Basic");
        ObjectNode props = body.path("properties").isObject() ? ((ObjectNode) body.get("properties")).deepCopy()
                : ArmJson.obj();
        int n = 1 + (int) arm.resources(PUBLIC_IPS).stream().filter(r -> r != ip).count();
        props.put("ipAddress", existing.isPresent() ? existing.get().properties.path("ipAddress").asText()
                : "203.0.113." + Math.min(n, 254));
        if (!props.has("publicIPAllocationMethod")) {
            props.put("publicIPAllocationMethod", "Dynamic");
        }
        ip.properties = props;
        ip.phase = SUCCEEDED;
        arm.put(ip);
        return ArmResponse.of(existing.isPresent() ? 200 : 201, renderSimple(ip));
    }

    ArmResponse getPublicIp(ArmCall call) {
        call.apiVersion();
        return ArmResponse.of(200, renderSimple(require(call, PUBLIC_IPS, call.var("name"))));
    }

    ArmResponse deletePublicIp(ArmCall call) {
        return deleteSimple(call, PUBLIC_IPS);
    }

    ObjectNode renderSimple(ArmResource r) {
        ObjectNode o = header(r);
        o.put("location", r.location);
        o.set("tags", r.tags.deepCopy());
        if (r.sku != null) {
            o.set("sku", r.sku.deepCopy());
        }
        ObjectNode p = r.properties.deepCopy().put("provisioningState", r.phase);
        o.set("properties", p);
        return o;
    }

    private ArmResponse deleteSimple(ArmCall call, String type) {
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
