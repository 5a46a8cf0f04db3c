package dev.dhsm.app.arm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** What one ARM request answers: a status, a JSON body (or none) and the headers beyond the common ones. */
record ArmResponse(int status, JsonNode body, Map<String, String> headers) {
    static ArmResponse of(int status, JsonNode body) {
        return new ArmResponse(status, body, Map.of());
    }

    static ArmResponse empty(int status) {
        return new ArmResponse(status, null, Map.of());
    }

    ArmResponse withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ArmResponse(status, body, more);
    }

    static ArmResponse error(ArmException e) {
        return of(e.status(), ArmJson.envelope(e.error()));
    }
}
