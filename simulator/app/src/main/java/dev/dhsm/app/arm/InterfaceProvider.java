package dev.dhsm.app.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The network interfaces and public IPs of {@code Microsoft.Network}: the NIC each HSM that holds a device
 * gets next to it, {@code {hsm}_HSMnic}, holding the device's address as its private IP (FM-08, FM-10), made
 * and removed with its HSM; and plain public IP addresses, as the gateway of a template takes one.
 */
final class InterfaceProvider {
    private final ArmService arm;

    InterfaceProvider(ArmService arm) {
        this.arm = arm;
    }

    /** The NICs that exist: one per HSM that holds a device. */
    List<ArmResource> nics() {
        return arm.resources(HsmProvider.TYPE).stream().filter(h -> h.device != null).map(h -> {
            ArmResource nic = new ArmResource(NetworkProvider.nicId(h), NetworkProvider.NICS, h.name + "_HSMnic", h.subscription, h.group);
            nic.location = h.location;
            nic.tags = ArmJson.obj();
            nic.properties = ArmJson.obj().put("hsm", h.id);
            return nic;
        }).toList();
    }

    ArmResponse getNic(ArmCall call) {
        call.apiVersion();
        ArmState.Group g = arm.group(call.var("subscription"), call.var("group"));
        String nicId = NetworkProvider.id(g, NetworkProvider.NICS, call.var("name"));
        ArmResource nic = nics().stream().filter(n -> n.id.equalsIgnoreCase(nicId)).findFirst()
                .orElseThrow(() -> ArmException.resourceNotFound(NetworkProvider.NICS, call.var("name"), g.name));
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
        ObjectNode o = NetworkProvider.header(nic);
        o.put("location", nic.location);
        o.set("tags", ArmJson.obj());
        ObjectNode p = o.putObject("properties").put("provisioningState", NetworkProvider.SUCCEEDED)
                .put("resourceGuid", NetworkProvider.etag(nic.id));
        ObjectNode config = p.putArray("ipConfigurations").addObject().put("name", "ipconfig1")
                .put("id", nic.id + "/ipConfigurations/ipconfig1").put("type", NetworkProvider.NICS + "/ipConfigurations");
        ObjectNode cp = config.putObject("properties").put("provisioningState", NetworkProvider.SUCCEEDED)
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
        Optional<ArmResource> existing = arm.find(NetworkProvider.id(g, NetworkProvider.PUBLIC_IPS, name));
        ArmResource ip = existing.orElseGet(() -> NetworkProvider.resource(g, NetworkProvider.PUBLIC_IPS, name));
        ip.location = NetworkProvider.location(body);
        ip.tags = NetworkProvider.tags(body);
        ip.sku = body.has("sku") ? body.get("sku").deepCopy() : ArmJson.obj().put("name", "Basic");
        ObjectNode props = body.path("properties").isObject() ? ((ObjectNode) body.get("properties")).deepCopy()
                : ArmJson.obj();
        int n = 1 + (int) arm.resources(NetworkProvider.PUBLIC_IPS).stream().filter(r -> r != ip).count();
        props.put("ipAddress", existing.isPresent() ? existing.get().properties.path("ipAddress").asText()
                : "203.0.113." + Math.min(n, 254));
        if (!props.has("publicIPAllocationMethod")) {
            props.put("publicIPAllocationMethod", "Dynamic");
        }
        ip.properties = props;
        ip.phase = NetworkProvider.SUCCEEDED;
        arm.put(ip);
        return ArmResponse.of(existing.isPresent() ? 200 : 201, renderSimple(ip));
    }

    ArmResponse getPublicIp(ArmCall call) {
        call.apiVersion();
        return ArmResponse.of(200, renderSimple(arm.network.require(call, NetworkProvider.PUBLIC_IPS, call.var("name"))));
    }

    ArmResponse deletePublicIp(ArmCall call) {
        return arm.network.deleteSimple(call, NetworkProvider.PUBLIC_IPS);
    }

    ObjectNode renderSimple(ArmResource r) {
        ObjectNode o = NetworkProvider.header(r);
        o.put("location", r.location);
        o.set("tags", r.tags.deepCopy());
        if (r.sku != null) {
            o.set("sku", r.sku.deepCopy());
        }
        ObjectNode p = r.properties.deepCopy().put("provisioningState", r.phase);
        o.set("properties", p);
        return o;
    }
}
