package dev.dhsm.app;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.dhsm.model.ApplianceState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/**
 * How an appliance's remembered state (accounts, HSM, auditor, partitions, packages, syslog) is laid out on
 * disk as JSON, and which files are refused: not JSON, missing fields, or a format newer than this emulator.
 * The model has no Jackson in it: the mapper reads and writes its private fields directly.
 */
final class StateCodec {
    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .visibility(PropertyAccessor.ALL, Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, Visibility.ANY)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    byte[] encode(ApplianceState state) {
        try {
            return mapper.writeValueAsBytes(state);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write the state of appliance " + state.id(), e);
        }
    }

    /** Reads a state file's bytes, or refuses them with the reason; {@code file} only names it in messages. */
    ApplianceState decode(byte[] content, Path file, String expectedId) throws StateFileRefusedException {
        JsonNode tree;
        try {
            tree = mapper.readTree(content);
        } catch (IOException e) {
            throw new StateFileRefusedException(file, "not JSON (" + firstLine(e) + ")");
        }
        if (tree == null || !tree.isObject()) {
            throw new StateFileRefusedException(file, "not a JSON object");
        }
        JsonNode format = tree.get("format");
        if (format == null || !format.isInt()) {
            throw new StateFileRefusedException(file, "no \"format\" number");
        }
        if (format.intValue() > ApplianceState.FORMAT) {
            throw new StateFileRefusedException(file, "format " + format.intValue()
                    + " is newer than this emulator understands (" + ApplianceState.FORMAT + ")");
        }
        if (format.intValue() < 1) {
            throw new StateFileRefusedException(file, "format " + format.intValue() + " is not a valid format");
        }
        ApplianceState state;
        try {
            state = mapper.treeToValue(tree, ApplianceState.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new StateFileRefusedException(file, "unreadable (" + firstLine(e) + ")");
        }
        String missing = firstMissing(mapper.valueToTree(state), tree, "");
        if (missing != null) {
            throw new StateFileRefusedException(file, "missing field \"" + missing + "\"");
        }
        for (String[] field : new String[][] {{"id", state.id()}, {"hostname", state.hostname()},
                {"hsmSerial", state.hsmSerial()}}) {
            if (field[1] == null || field[1].isEmpty()) {
                throw new StateFileRefusedException(file, "empty field \"" + field[0] + "\"");
            }
        }
        if (state.profile() == null || state.hsm() == null || state.audit() == null) {
            throw new StateFileRefusedException(file, "empty field \"profile\", \"hsm\" or \"audit\"");
        }
        if (expectedId != null && !expectedId.equals(state.id())) {
            throw new StateFileRefusedException(file, "it holds appliance \"" + state.id() + "\", not \""
                    + expectedId + "\"");
        }
        return state;
    }

    /**
     * The first field that a full write of the state has and the file lacks: Jackson leaves a missing field
     * at its default, so comparing with what it would write back is what catches a truncated object.
     */
    private static String firstMissing(JsonNode complete, JsonNode read, String path) {
        if (complete.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = complete.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String here = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                JsonNode inFile = read.get(field.getKey());
                if (inFile == null) {
                    return here;
                }
                String deeper = firstMissing(field.getValue(), inFile, here);
                if (deeper != null) {
                    return deeper;
                }
            }
        } else if (complete.isArray() && read.isArray()) {
            for (int i = 0; i < complete.size() && i < read.size(); i++) {
                String deeper = firstMissing(complete.get(i), read.get(i), path + "[" + i + "]");
                if (deeper != null) {
                    return deeper;
                }
            }
        }
        return null;
    }

    private static String firstLine(Exception e) {
        if (e instanceof JsonProcessingException json) {
            String where = json.getLocation() == null ? ""
                    : " at line " + json.getLocation().getLineNr() + ", column " + json.getLocation().getColumnNr();
            String message = firstLineOf(json.getOriginalMessage());
            int source = message.indexOf(" (start marker at");
            return (source < 0 ? message : message.substring(0, source)) + where;
        }
        return firstLineOf(e.getMessage());
    }

    private static String firstLineOf(String text) {
        String message = String.valueOf(text);
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
