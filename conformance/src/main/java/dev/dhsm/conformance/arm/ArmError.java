package dev.dhsm.conformance.arm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An ARM error as the envelope {@code {"error":{"code","message","target","details":[...]}}} carries it (or a
 * deployment's {@code properties.error}, or an operation status's {@code error}), with its nested details.
 */
public record ArmError(String code, String message, String target, List<ArmError> details) {
    public ArmError {
        code = code == null ? "" : code;
        message = message == null ? "" : message;
        details = List.copyOf(details);
    }

    /** Reads an error object ({@code code}, {@code message}, {@code target}, {@code details}, {@code innererror}). */
    public static ArmError of(JsonNode error) {
        List<ArmError> details = new ArrayList<>();
        for (JsonNode d : error.path("details")) {
            details.add(of(d));
        }
        if (error.hasNonNull("innererror") && error.get("innererror").isObject()) {
            details.add(of(error.get("innererror")));
        }
        return new ArmError(error.path("code").asText(null), error.path("message").asText(null),
                error.path("target").asText(null), details);
    }

    /** The code and message of this error and every detail, one per line: what a support request quotes. */
    public String fullText() {
        StringBuilder out = new StringBuilder();
        append(out, 0);
        return out.toString();
    }

    private void append(StringBuilder out, int depth) {
        out.append("  ".repeat(depth)).append('(').append(code).append(") ").append(message).append('\n');
        for (ArmError d : details) {
            d.append(out, depth + 1);
        }
    }

    /** Whether this error or any detail mentions {@code text} in its code or message, ignoring case. */
    public boolean mentions(String text) {
        return fullText().toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT));
    }
}
