package dev.dhsm.app.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Locale;

/**
 * One tracked ARM resource as Resource Manager keeps it: its identity (id, type, name, subscription, resource
 * group, location), what the caller sent (tags, sku, properties) and what the resource provider adds over time
 * (the provisioning phase and since when, the device behind an HSM, the failure that ended provisioning).
 * Fields are package-private and plain so the whole state writes to and reads from JSON as it is.
 */
final class ArmResource {
    String id;
    String type;
    String name;
    String subscription;
    String group;
    String location;
    ObjectNode tags;
    JsonNode sku;
    ObjectNode properties;
    /** Provisioning phase: an {@link HsmPhase} name for HSMs, {@code Updating}/{@code Succeeded} for gateways. */
    String phase;
    Instant since;
    /** The fleet device an HSM holds, from allocation until it is deleted or fails. */
    String device;
    /** The stamp number an HSM counts against for quota, once its quota is checked. */
    Integer stamp;
    /** The private IP an HSM asked for ({@code networkInterfaces[0].privateIpAddress}), or null. */
    String requestedIp;
    ArmError failure;
    Instant createdAt;
    Instant modifiedAt;
    String createdBy;

    ArmResource() {
    }

    ArmResource(String id, String type, String name, String subscription, String group) {
        this.id = id;
        this.type = type;
        this.name = name;
        this.subscription = subscription;
        this.group = group;
    }

    String key() {
        return key(id);
    }

    static String key(String id) {
        return id.toLowerCase(Locale.ROOT);
    }

    boolean isType(String other) {
        return type.equalsIgnoreCase(other);
    }

    /** Whether this resource is, or is a child of, the resource {@code parentId}. */
    boolean within(String parentId) {
        String mine = key();
        String parent = key(parentId);
        return mine.equals(parent) || mine.startsWith(parent + "/");
    }
}
