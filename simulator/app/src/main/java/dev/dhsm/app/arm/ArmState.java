package dev.dhsm.app.arm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Everything Resource Manager holds for the emulated tenant, as one JSON document (format {@value #FORMAT}):
 * resource groups, resources (keyed by lower-case id), deployments, the devices other customers occupy, and
 * the key that signs access tokens (so tokens survive a restart).
 */
final class ArmState {
    static final int FORMAT = 1;

    int format = FORMAT;
    String tokenKey;
    Map<String, Group> groups = new TreeMap<>();
    Map<String, ArmResource> resources = new TreeMap<>();
    Map<String, Deployment> deployments = new TreeMap<>();
    Set<String> occupied = new TreeSet<>();

    /** A resource group: {@code /subscriptions/{s}/resourceGroups/{name}}. */
    static final class Group {
        String subscription;
        String name;
        String location;
        ObjectNode tags;

        String id() {
            return "/subscriptions/" + subscription + "/resourceGroups/" + name;
        }
    }

    static String groupKey(String subscription, String group) {
        return ArmResource.key(subscription + "/" + group);
    }
}
