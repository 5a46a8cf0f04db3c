package dev.dhsm.app.arm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One ARM request as the routes see it: the method, the path's segments (repeated slashes collapsed), the
 * segments a route template named, the query, the body, the base URL the client used (for {@code Location}
 * and {@code nextLink}) and the calling service principal.
 */
record ArmCall(String method, List<String> segments, Map<String, String> vars, Map<String, String> query,
               String body, String baseUrl, String caller) {
    ArmCall withVars(Map<String, String> named) {
        return new ArmCall(method, segments, named, query, body, baseUrl, caller);
    }

    String var(String name) {
        return vars.get(name);
    }

    /** The api-version query parameter; a missing one is a 400 as on ARM. */
    String apiVersion() {
        String v = query.get("api-version");
        if (v == null || v.isBlank()) {
            throw ArmException.badRequest("MissingApiVersionParameter",
                    "The api-version query parameter (?api-version=) is required for all requests.");
        }
        return v;
    }

    /** The body as a JSON object; anything else is a 400 envelope. */
    JsonNode json() {
        return ArmJson.object(body);
    }

    String path() {
        return "/" + String.join("/", segments);
    }

    boolean isMethod(String m) {
        return method.equals(m.toUpperCase(Locale.ROOT));
    }
}
