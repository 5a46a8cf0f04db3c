package dev.dhsm.app.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code Microsoft.Network/virtualNetworkGateways}: the ExpressRoute gateway through which an HSM reaches the
 * customer's VNet. One per VNet (FM-09), in the subnet named {@code GatewaySubnet}; {@code Updating} until the
 * gateway time has passed on the clock, then {@code Succeeded} (FM-04, FM-05), with Network's operation
 * status resource to poll meanwhile.
 */
final class GatewayProvider {
    private final ArmService arm;

    GatewayProvider(ArmService arm) {
        this.arm = arm;
    }

    static String gatewaySubnet(ArmResource gateway) {
        return HsmRequest.reference(gateway.properties.path("ipConfigurations").path(0).path("properties")
                .path("subnet"));
    }

    /** The VNet's gateway: the one whose ip configuration sits in one of its subnets. */
    Optional<ArmResource> gatewayOf(String vnetId) {
        return arm.resources(NetworkProvider.GATEWAYS).stream().filter(gw -> {
            String subnet = gatewaySubnet(gw);
            return subnet != null && NetworkProvider.parentOf(subnet).equalsIgnoreCase(vnetId);
        }).findFirst();
    }

    ArmResponse putGateway(ArmCall call) {
        call.apiVersion();
        ArmState.Group g = arm.group(call.var("subscription"), call.var("group"));
        JsonNode body = call.json();
        String name = call.var("name");
        String gatewayId = NetworkProvider.id(g, NetworkProvider.GATEWAYS, name);
        String location = NetworkProvider.location(body);
        JsonNode props = body.path("properties");
        String type = ArmJson.text(props, "gatewayType");
        if (type == null || !List.of("vpn", "expressroute", "localgateway").contains(type.toLowerCase(Locale.ROOT))) {
            throw ArmException.badRequest("InvalidRequestFormat", "Cannot parse the request: "
                    + "properties.gatewayType must be Vpn, ExpressRoute or LocalGateway.");
        }
        JsonNode config = props.path("ipConfigurations").path(0).path("properties");
        String subnetId = HsmRequest.reference(config.path("subnet"));
        ArmResource subnet = arm.find(subnetId).filter(r -> r.isType(NetworkProvider.SUBNETS)).orElseThrow(() ->
                ArmException.badRequest("InvalidResourceReference", "Resource " + subnetId + " referenced by "
                        + "resource " + gatewayId + " was not found. Please make sure that the referenced resource "
                        + "exists, and that both resources are in the same region."));
        if (!subnet.id.endsWith("/" + NetworkProvider.GATEWAY_SUBNET)) {
            throw ArmException.badRequest("InvalidGatewaySubnet", "Subnet " + subnet.id + " referenced by "
                    + gatewayId + " is not named 'GatewaySubnet'. A virtual network gateway must be in the subnet "
                    + "named GatewaySubnet.");
        }
        String publicIp = HsmRequest.reference(config.path("publicIPAddress"));
        if (publicIp != null && arm.find(publicIp).isEmpty()) {
            throw ArmException.badRequest("InvalidResourceReference", "Resource " + publicIp + " referenced by "
                    + "resource " + gatewayId + " was not found.");
        }
        Optional<ArmResource> other = gatewayOf(NetworkProvider.parentOf(subnet.id))
                .filter(gw -> !gw.id.equalsIgnoreCase(gatewayId));
        if (other.isPresent()) {
            throw ArmException.badRequest("VnetGatewayAlreadyExists", "Virtual network " + NetworkProvider.parentOf(subnet.id)
                    + " already has the virtual network gateway " + other.get().id + ". A virtual network can have "
                    + "only one gateway; use another virtual network for a second ExpressRoute connection.");
        }
        Optional<ArmResource> existing = arm.find(gatewayId);
        ArmResource gw = existing.orElseGet(() -> NetworkProvider.resource(g, NetworkProvider.GATEWAYS, name));
        gw.location = location;
        gw.tags = NetworkProvider.tags(body);
        ObjectNode stored = ((ObjectNode) props).deepCopy();
        gw.properties = stored;
        if (existing.isEmpty()) {
            gw.phase = NetworkProvider.UPDATING;
            gw.since = arm.now();
            gw.createdAt = gw.since;
        }
        arm.put(gw);
        ArmResponse response = ArmResponse.of(existing.isEmpty() ? 201 : 200, renderGateway(gw));
        if (NetworkProvider.UPDATING.equals(gw.phase)) {
            response = response.withHeader("Azure-AsyncOperation", call.baseUrl() + "/subscriptions/"
                    + g.subscription + "/providers/" + NetworkProvider.NAMESPACE + "/locations/" + location + "/operations/"
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
        boolean done = NetworkProvider.SUCCEEDED.equals(gw.get().phase);
        ArmResponse response = ArmResponse.of(200, body.put("status", done ? "Succeeded" : "InProgress"));
        return done ? response : response.withHeader("Retry-After", String.valueOf(arm.retryAfter().toSeconds()));
    }

    ArmResponse getGateway(ArmCall call) {
        call.apiVersion();
        return ArmResponse.of(200, renderGateway(arm.network.require(call, NetworkProvider.GATEWAYS, call.var("name"))));
    }

    ArmResponse deleteGateway(ArmCall call) {
        return arm.network.deleteSimple(call, NetworkProvider.GATEWAYS);
    }

    ObjectNode renderGateway(ArmResource gw) {
        ObjectNode o = NetworkProvider.header(gw);
        o.put("location", gw.location);
        o.set("tags", gw.tags.deepCopy());
        ObjectNode p = gw.properties.deepCopy();
        p.put("provisioningState", gw.phase);
        p.put("resourceGuid", NetworkProvider.etag(gw.id));
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
}
