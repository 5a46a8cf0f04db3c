package dev.dhsm.conformance.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * An ARM template the way a customer writes one for Dedicated HSM (reference §9): the gateway's public IP, the
 * ExpressRoute gateway and the HSMs, each a resource entry with its {@code type}, {@code apiVersion},
 * {@code name}, {@code location} and {@code properties}, optionally {@code dependsOn} other entries by resource
 * id. Values are literals (no parameters or template functions), so what is deployed is plain to read.
 */
public final class ArmTemplate {
    public static final String SCHEMA =
            "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#";
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final ObjectNode template = F.objectNode();
    private final ArrayNode resources;

    public ArmTemplate() {
        template.put("$schema", SCHEMA).put("contentVersion", "1.0.0.0");
        template.putObject("parameters");
        resources = template.putArray("resources");
    }

    /** Adds a resource entry made from a resource body ({@code location}, {@code sku}, {@code properties}). */
    public ArmTemplate resource(String type, String apiVersion, String name, JsonNode body, List<String> dependsOn) {
        ObjectNode r = resources.addObject().put("type", type).put("apiVersion", apiVersion).put("name", name);
        body.fields().forEachRemaining(e -> r.set(e.getKey(), e.getValue().deepCopy()));
        if (!dependsOn.isEmpty()) {
            ArrayNode d = r.putArray("dependsOn");
            dependsOn.forEach(d::add);
        }
        return this;
    }

    public ArmTemplate publicIp(String name, String location) {
        return resource("Microsoft.Network/publicIPAddresses", ArmIds.NETWORK_API, name, ArmBodies.publicIp(location),
                List.of());
    }

    public ArmTemplate gateway(String name, String location, String gatewaySubnetId, String publicIpId) {
        return resource("Microsoft.Network/virtualNetworkGateways", ArmIds.NETWORK_API, name,
                ArmBodies.expressRouteGateway(location, gatewaySubnetId, publicIpId), List.of(publicIpId));
    }

    public ArmTemplate dedicatedHsm(String name, String location, String stampId, String subnetId,
                                    List<String> dependsOn) {
        return resource(ArmIds.HSM_TYPE, ArmIds.HSM_API, name,
                ArmBodies.dedicatedHsm(location, stampId, subnetId, java.util.Optional.empty()), dependsOn);
    }

    public JsonNode json() {
        return template.deepCopy();
    }
}
