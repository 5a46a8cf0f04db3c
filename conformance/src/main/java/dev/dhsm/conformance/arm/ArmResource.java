package dev.dhsm.conformance.arm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A resource as ARM returns it ({@code id}, {@code name}, {@code type}, {@code properties}), with the fields the
 * scenarios read: {@code provisioningState} (terminal: {@code Succeeded}, {@code Failed}, {@code Canceled}; none at
 * all counts as {@code Succeeded}, as the ARM RPC says) and the Dedicated HSM's {@code statusMessage}.
 */
public record ArmResource(JsonNode json) {
    private static final Set<String> TERMINAL = Set.of("succeeded", "failed", "canceled");

    public String id() {
        return json.path("id").asText("");
    }

    public String name() {
        return json.path("name").asText("");
    }

    public JsonNode properties() {
        return json.path("properties");
    }

    public String provisioningState() {
        return properties().path("provisioningState").asText("Succeeded");
    }

    public boolean terminal() {
        return TERMINAL.contains(provisioningState().toLowerCase(Locale.ROOT));
    }

    public boolean succeeded() {
        return provisioningState().equalsIgnoreCase("Succeeded");
    }

    public boolean failed() {
        return provisioningState().equalsIgnoreCase("Failed") || provisioningState().equalsIgnoreCase("Canceled");
    }

    public Optional<String> statusMessage() {
        JsonNode m = properties().path("statusMessage");
        return m.isTextual() ? Optional.of(m.asText()) : Optional.empty();
    }

    /** A string at a JSON pointer, e.g. {@code /properties/networkProfile/networkInterfaces/0/privateIpAddress}. */
    public Optional<String> text(String pointer) {
        JsonNode n = json.at(pointer);
        return n.isValueNode() && !n.isNull() ? Optional.of(n.asText()) : Optional.empty();
    }

    /** A deployment's or operation's {@code properties.error}; empty when there is none. */
    public Optional<ArmError> error() {
        JsonNode e = properties().path("error");
        return e.isObject() ? Optional.of(ArmError.of(e)) : Optional.empty();
    }
}
