package dev.dhsm.app.arm;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * JSON for the facade: request bodies read as trees, as leniently as Resource Manager's own reader (unquoted
 * names, comments and trailing commas pass: {@code az deployment} sends {@code template:} unquoted, and
 * templates are JSON with comments; anything else malformed is ARM's {@code InvalidRequestContent}),
 * the error envelope, and the state file (fields as they are, times as ISO-8601 text).
 */
final class ArmJson {
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES, JsonReadFeature.ALLOW_JAVA_COMMENTS,
                    JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                    JsonInclude.Include.NON_NULL))
            .build();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ArmJson() {
    }

    static ObjectNode obj() {
        return NODES.objectNode();
    }

    /** A request body that must be a JSON object. */
    static JsonNode object(String body) {
        if (body == null || body.isBlank()) {
            throw ArmException.invalidContent("The request body is empty; a JSON object is required");
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            String why = String.valueOf(e.getOriginalMessage());
            int cut = why.indexOf('\n');
            throw ArmException.invalidContent((cut < 0 ? why : why.substring(0, cut)) + ". Path '', line "
                    + e.getLocation().getLineNr() + ", position " + e.getLocation().getColumnNr());
        }
        if (node == null || !node.isObject()) {
            throw ArmException.invalidContent("The request body must be a JSON object");
        }
        return node;
    }

    static ObjectNode envelope(ArmError error) {
        ObjectNode root = obj();
        root.set("error", MAPPER.valueToTree(error));
        return root;
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write JSON", e);
        }
    }

    static byte[] writeState(ArmState state) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(state);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write the ARM state", e);
        }
    }

    static ArmState readState(byte[] bytes) throws IOException {
        return MAPPER.readValue(bytes, ArmState.class);
    }

    /** A text field, or null when absent or not text. */
    static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v != null && v.isTextual() ? v.asText() : null;
    }
}
