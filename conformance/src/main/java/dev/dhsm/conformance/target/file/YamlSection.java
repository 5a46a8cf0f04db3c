package dev.dhsm.conformance.target.file;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One mapping of a target file while it is read: each value is taken by key, and {@link #finish()} refuses any key
 * nobody took, naming it with its path and the keys that are known there.
 */
final class YamlSection {
    private final String path;
    private final JsonNode node;
    private final Set<String> known = new LinkedHashSet<>();

    YamlSection(String path, JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new TargetFileException((path.isEmpty() ? "the file" : "'" + path + "'") + " must be a mapping of keys to values");
        }
        this.path = path;
        this.node = node;
    }

    private String where(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    Optional<String> optText(String key) {
        known.add(key);
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isValueNode()) {
            throw new TargetFileException("'" + where(key) + "' must be a single value");
        }
        return Optional.of(v.asText());
    }

    String text(String key, String kind) {
        return optText(key).filter(s -> !s.isBlank()).orElseThrow(() -> new TargetFileException(
                "a " + kind + " target needs '" + where(key) + "'"));
    }

    int integer(String key, int otherwise) {
        Optional<String> v = optText(key);
        if (v.isEmpty()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(v.get().trim());
        } catch (NumberFormatException e) {
            throw new TargetFileException("'" + where(key) + "' must be a whole number, not '" + v.get() + "'");
        }
    }

    boolean bool(String key) {
        Optional<String> v = optText(key);
        if (v.isEmpty()) {
            return false;
        }
        return switch (v.get().trim()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new TargetFileException("'" + where(key) + "' must be true or false, not '" + v.get() + "'");
        };
    }

    Optional<YamlSection> section(String key) {
        known.add(key);
        JsonNode v = node.get(key);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(new YamlSection(where(key), v));
    }

    YamlSection required(String key, String kind) {
        return section(key).orElseThrow(() -> new TargetFileException("a " + kind + " target needs a '" + where(key)
                + "' section"));
    }

    List<String> list(String key) {
        known.add(key);
        JsonNode v = node.get(key);
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (!v.isArray()) {
            throw new TargetFileException("'" + where(key) + "' must be a list");
        }
        v.forEach(item -> out.add(item.asText()));
        return out;
    }

    /** Refuses keys that were not taken: a misspelt key must not silently fall back to a default. */
    void finish() {
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new TargetFileException("unknown key '" + where(name) + "' (known here: "
                        + String.join(", ", known) + ")");
            }
        }
    }
}
