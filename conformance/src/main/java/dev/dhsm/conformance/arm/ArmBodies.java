package dev.dhsm.conformance.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * Request bodies of the resources a Dedicated HSM deployment needs, shaped as the Azure CLI and the tutorials send
 * them (reference §3.1, §8): a resource group, a VNet, subnets (the HSM subnet with or without its delegation to
 * {@code Microsoft.HardwareSecurityModules/dedicatedHSMs}), the gateway's public IP, an ExpressRoute gateway, and
 * the dedicatedHSM itself.
 */
public final class ArmBodies {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ArmBodies() {
    }

    public static ObjectNode resourceGroup(String location) {
        ObjectNode o = F.objectNode().put("location", location);
        o.putObject("tags");
        return o;
    }

    public static ObjectNode virtualNetwork(String location, String addressPrefix) {
        ObjectNode o = F.objectNode().put("location", location);
        o.putObject("properties").putObject("addressSpace").putArray("addressPrefixes").add(addressPrefix);
        return o;
    }

    /** A subnet; {@code delegatedTo} names the service it is delegated to (empty: no delegation). */
    public static ObjectNode subnet(String name, String addressPrefix, Optional<String> delegatedTo) {
        ObjectNode o = F.objectNode().put("name", name);
        ObjectNode p = o.putObject("properties").put("addressPrefix", addressPrefix);
        ArrayNode delegations = p.putArray("delegations");
        delegatedTo.ifPresent(service -> delegations.addObject().put("name", "0").putObject("properties")
                .put("serviceName", service));
        return o;
    }

    public static ObjectNode publicIp(String location) {
        ObjectNode o = F.objectNode().put("location", location);
        o.putObject("sku").put("name", "Standard");
        o.putObject("properties").put("publicIPAllocationMethod", "Static");
        return o;
    }

    /** An ExpressRoute gateway on {@code GatewaySubnet} with its public IP (the tutorials' ErGw1AZ-style setup). */
    public static ObjectNode expressRouteGateway(String location, String gatewaySubnetId, String publicIpId) {
        ObjectNode o = F.objectNode().put("location", location);
        ObjectNode p = o.putObject("properties").put("gatewayType", "ExpressRoute");
        p.putObject("sku").put("name", "Standard").put("tier", "Standard");
        ObjectNode ip = p.putArray("ipConfigurations").addObject().put("name", "default");
        ObjectNode ipp = ip.putObject("properties").put("privateIPAllocationMethod", "Dynamic");
        ipp.putObject("subnet").put("id", gatewaySubnetId);
        ipp.putObject("publicIPAddress").put("id", publicIpId);
        return o;
    }

    /**
     * A Luna dedicatedHSM in {@code stampId} on {@code subnetId} (api-version 2021-11-30: the reference field is
     * {@code id}); {@code privateIp} asks for an explicit address through {@code networkInterfaces}.
     */
    public static ObjectNode dedicatedHsm(String location, String stampId, String subnetId, Optional<String> privateIp) {
        ObjectNode o = F.objectNode().put("location", location);
        o.putObject("sku").put("name", ArmIds.LUNA_SKU);
        ObjectNode p = o.putObject("properties");
        ObjectNode net = p.putObject("networkProfile");
        net.putObject("subnet").put("id", subnetId);
        privateIp.ifPresent(ip -> net.putArray("networkInterfaces").addObject().put("privateIpAddress", ip));
        p.put("stampId", stampId);
        return o;
    }

    /** A deployment of {@code template} in incremental mode, with no parameters (the template holds literals). */
    public static ObjectNode deployment(JsonNode template) {
        return deployment(template, F.objectNode());
    }

    /**
     * A deployment of {@code template} in incremental mode with {@code parameters}: the {@code parameters} object of
     * a parameters file ({@code {"name": {"value": ...}}}), as {@code az deployment group create --parameters @file}
     * sends it.
     */
    public static ObjectNode deployment(JsonNode template, JsonNode parameters) {
        ObjectNode o = F.objectNode();
        ObjectNode p = o.putObject("properties").put("mode", "Incremental");
        p.set("template", template);
        p.set("parameters", parameters.deepCopy());
        return o;
    }
}
