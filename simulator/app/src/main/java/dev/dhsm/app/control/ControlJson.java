package dev.dhsm.app.control;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The control API's JSON: times as ISO-8601 text ({@code 2026-01-05T09:00:00Z}, {@code PT10M}), unknown
 * request fields refused, and the error envelope {@code {"error":{"code":...,"message":...}}}.
 */
final class ControlJson {
    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write a control API answer", e);
        }
    }

    /** A request body as {@code type}; a body that is missing, not JSON or of the wrong shape is a 400. */
    <T> T read(String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            throw ControlException.badRequest("the request needs a JSON body");
        }
        try {
            T value = mapper.readValue(body, type);
            if (value == null) {
                throw ControlException.badRequest("the request needs a JSON object, not null");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw ControlException.badRequest("the body is not what this request takes: " + firstLine(e));
        }
    }

    JsonNode tree(String body) {
        return read(body, JsonNode.class);
    }

    String error(String code, String message) {
        return write(Map.of("error", Map.of("code", code, "message", message)));
    }

    private static String firstLine(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        int cut = message.indexOf('\n');
        message = cut < 0 ? message : message.substring(0, cut);
        int source = message.indexOf(" (class ");
        return source < 0 ? message : message.substring(0, source);
    }
}
