package dev.dhsm.app.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A dedicatedHSMs PUT body, checked as the resource provider checks it before answering: required
 * properties, the region, the SKU, the subnet it names, and an explicit private IP inside that subnet (FM-10).
 * The subnet reference is {@code id} or {@code resourceId}, whatever the api-version.
 */
record HsmRequest(String location, JsonNode sku, ObjectNode tags, String subnetId, String requestedIp,
                  String stampId, JsonNode zones) {

    static HsmRequest parse(JsonNode body, ArmState.Group group, String name, ArmService arm) {
        String location = ArmJson.text(body, "location");
        if (location == null || location.isBlank()) {
            throw ArmException.badRequest("LocationRequired", "The location property is required for this "
                    + "definition.");
        }
        if (!ArmService.normalizeLocation(location).equals(arm.region())) {
            throw ArmException.badRequest("LocationNotAvailableForResourceType", "The provided location '"
                    + location + "' is not available for resource type '" + HsmProvider.TYPE + "'. List of "
                    + "available regions for the resource type is '" + arm.region() + "'.");
        }
        JsonNode sku = body.get("sku");
        if (sku == null || !sku.isObject() || ArmJson.text(sku, "name") == null) {
            throw ArmException.invalidContent("Required property 'sku' (with 'name') not found in JSON");
        }
        if (!HsmProvider.LUNA_SKU.equalsIgnoreCase(sku.get("name").asText())) {
            throw ArmException.badRequest("SkuNotAvailable", "The requested SKU '" + sku.get("name").asText()
                    + "' is not available in location '" + location + "'. This region offers '"
                    + HsmProvider.LUNA_SKU + "'.");
        }
        JsonNode props = body.get("properties");
        if (props == null || !props.isObject()) {
            throw ArmException.invalidContent("Required property 'properties' not found in JSON");
        }
        JsonNode profile = props.path("networkProfile");
        String subnetId = reference(profile.path("subnet"));
        if (subnetId == null) {
            throw ArmException.invalidContent("Required property 'properties.networkProfile.subnet.id' not found "
                    + "in JSON");
        }
        String hsmId = HsmProvider.id(group, name);
        ArmResource subnet = arm.find(subnetId).filter(r -> r.isType(NetworkProvider.SUBNETS))
                .orElseThrow(() -> ArmException.badRequest("InvalidResourceReference", "Resource " + subnetId
                        + " referenced by resource " + hsmId + " was not found. Please make sure that the "
                        + "referenced resource exists, and that both resources are in the same region."));
        String ip = ArmJson.text(profile.path("networkInterfaces").path(0), "privateIpAddress");
        if (ip != null) {
            String prefix = subnet.properties.path("addressPrefix").asText();
            if (Cidr.ip(ip).isEmpty()) {
                throw ArmException.badRequest("InvalidParameter", "The private IP address '" + ip
                        + "' is not a valid IPv4 address.");
            }
            if (!Cidr.parse(prefix).map(c -> c.contains(ip)).orElse(false)) {
                throw ArmException.badRequest("PrivateIPAddressNotInSubnet", "Private static IP address " + ip
                        + " does not belong to the range of subnet prefix " + prefix + " of subnet " + subnet.id
                        + ".");
            }
        }
        String stamp = ArmJson.text(props, "stampId");
        if (props.has("stampId") && !props.get("stampId").isNull()
                && (stamp == null || !stamp.toLowerCase(java.util.Locale.ROOT).matches("stamp\\d{1,3}"))) {
            throw ArmException.badRequest("InvalidParameter", "The value of 'properties.stampId' must be 'stamp' "
                    + "followed by the stamp number, e.g. 'stamp1': " + props.get("stampId"));
        }
        JsonNode tags = body.get("tags");
        if (tags != null && !tags.isNull() && !tags.isObject()) {
            throw ArmException.invalidContent("'tags' must be a JSON object");
        }
        return new HsmRequest(ArmService.normalizeLocation(location), sku, tags == null || tags.isNull() ? null
                : (ObjectNode) tags, subnet.id, ip, stamp, body.get("zones"));
    }

    /** {@code id} or {@code resourceId} of a reference object, or null. */
    static String reference(JsonNode ref) {
        String id = ArmJson.text(ref, "id");
        return id != null ? id : ArmJson.text(ref, "resourceId");
    }

    void applyTo(ArmResource r) {
        r.location = location;
        r.sku = ArmJson.obj().put("name", HsmProvider.LUNA_SKU);
        applyTagsTo(r);
        ObjectNode props = ArmJson.obj().put("subnet", subnetId);
        if (stampId != null) {
            props.put("stampId", stampId);
        }
        if (zones != null && zones.isArray()) {
            props.set("zones", zones.deepCopy());
        }
        r.properties = props;
        r.requestedIp = requestedIp;
    }

    /** A PUT on a provisioned HSM may change its tags only; anything else is ARM's PropertyChangeNotAllowed. */
    void checkUnchanged(ArmResource r) {
        String stored = ArmJson.text(r.properties, "stampId");
        if (!location.equals(r.location)) {
            throw changed("location");
        }
        if (!subnetId.equalsIgnoreCase(r.properties.path("subnet").asText())) {
            throw changed("properties.networkProfile.subnet.id");
        }
        if (stampId != null && stored != null && !stampId.equalsIgnoreCase(stored)) {
            throw changed("properties.stampId");
        }
        if (requestedIp != null && !requestedIp.equals(r.requestedIp)) {
            throw changed("properties.networkProfile.networkInterfaces[0].privateIpAddress");
        }
    }

    private static ArmException changed(String property) {
        return ArmException.badRequest("PropertyChangeNotAllowed", "Changing property '" + property + "' is not "
                + "allowed.");
    }

    void applyTagsTo(ArmResource r) {
        if (tags != null) {
            r.tags = tags.deepCopy();
        } else if (r.tags == null) {
            r.tags = ArmJson.obj();
        }
    }
}
