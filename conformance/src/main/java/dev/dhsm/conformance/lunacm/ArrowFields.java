package dev.dhsm.conformance.lunacm;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code <label> -> <value>} lines LunaCM prints in listings and reports ({@code Slot Id ->              0},
 * {@code Partition Initialized ->  no}): the label without its arrow, and the value with the column padding
 * removed. The first occurrence of a label wins.
 */
public final class ArrowFields {
    private static final String ARROW = "->";

    private final Map<String, String> fields;

    private ArrowFields(Map<String, String> fields) {
        this.fields = Map.copyOf(fields);
    }

    public static ArrowFields parse(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        text.lines().forEach(line -> field(line).ifPresent(f -> fields.putIfAbsent(f[0], f[1])));
        return new ArrowFields(fields);
    }

    /** The value of {@code label} (with or without its arrow), if LunaCM printed it. */
    public Optional<String> get(String label) {
        String key = label.endsWith(ARROW) ? label.substring(0, label.length() - ARROW.length()).strip() : label;
        return Optional.ofNullable(fields.get(key));
    }

    /** One line split into label and value, if it is such a line. */
    static Optional<String[]> field(String line) {
        int arrow = line.indexOf(ARROW);
        if (arrow <= 0) {
            return Optional.empty();
        }
        return Optional.of(new String[] {line.substring(0, arrow).strip(), line.substring(arrow + ARROW.length())
                .strip()});
    }
}
