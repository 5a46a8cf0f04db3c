package dev.dhsm.conformance.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One answer from ARM: the HTTP status, the headers (names compared without case), and the JSON body
 * ({@link MissingNode} when there was none).
 */
public record ArmResponse(String method, String path, int status, Map<String, List<String>> headers, JsonNode body) {
    public ArmResponse {
        TreeMap<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        h.putAll(headers);
        headers = java.util.Collections.unmodifiableMap(h);
        body = body == null ? MissingNode.getInstance() : body;
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The ARM error envelope's {@code error}; empty on a success or a body without one. */
    public Optional<ArmError> error() {
        JsonNode e = body.path("error");
        return e.isObject() ? Optional.of(ArmError.of(e)) : Optional.empty();
    }

    /** The body as a resource (its properties, provisioning state, status message). */
    public ArmResource resource() {
        return new ArmResource(body);
    }

    /** One line for assertion messages: the request, the status and the body. */
    public String describe() {
        String text = body.isMissingNode() ? "(no body)" : body.toString();
        return method + " " + path + " -> " + status + " " + (text.length() > 1500 ? text.substring(0, 1500) + "..." : text);
    }
}
