package dev.dhsm.conformance.arm;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Azure Resource Manager as the suite calls it: resource requests by path (a resource id) and api-version, and
 * the same requests followed to the end of their long-running operation as an ARM client does (provisioning-state
 * polling after a PUT, {@code Azure-AsyncOperation} or {@code Location} polling after a 201/202), time passing as
 * the target says. Paths start at {@code /subscriptions/...}; the client adds the base URL and the bearer token.
 */
public interface ArmClient extends AutoCloseable {
    String subscriptionId();

    String location();

    ArmResponse get(String path, String apiVersion);

    ArmResponse put(String path, String apiVersion, JsonNode body);

    ArmResponse post(String path, String apiVersion, JsonNode body);

    ArmResponse delete(String path, String apiVersion);

    /** PUT, then poll until the resource (or its async operation) is terminal; the last answer is the resource. */
    ArmOperation createOrUpdate(String path, String apiVersion, JsonNode body);

    /** DELETE, then poll the {@code Location} (or async operation) until it is no longer 202. */
    ArmOperation deleteAndWait(String path, String apiVersion);

    /** POST (a deployment's {@code validate}), then poll a 202's {@code Location} to its final answer. */
    ArmOperation postAndWait(String path, String apiVersion, JsonNode body);

    /** GETs the resource until its {@code provisioningState} is terminal (as a tool waiting for a gateway does). */
    ArmOperation awaitTerminal(String path, String apiVersion);

    /** The same endpoint and credential, working in another subscription. */
    ArmClient inSubscription(String subscriptionId);

    @Override
    void close();
}
