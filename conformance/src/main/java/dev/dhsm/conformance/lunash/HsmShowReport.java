package dev.dhsm.conformance.lunash;

import dev.dhsm.conformance.target.LunashResponse;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code hsm show} says, read by reference §11.1: {@code key: value} pairs split on the first colon in
 * lines indented by three spaces (the first occurrence of a key wins), values kept raw, so
 * {@code HSM Admin login attempts left} can read {@code HSM IS ZEROIZED !!!!}.
 */
public final class HsmShowReport {
    public static final String ATTEMPTS_LEFT = "HSM Admin login attempts left";
    public static final String ZEROIZED = "HSM IS ZEROIZED !!!!";

    private final Map<String, String> fields;

    private HsmShowReport(Map<String, String> fields) {
        this.fields = Collections.unmodifiableMap(fields);
    }

    public static HsmShowReport parse(LunashResponse response) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : response.lines()) {
            if (!line.startsWith("   ") || line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).trim();
            String value = line.substring(colon + 1).trim();
            fields.putIfAbsent(key, value);
        }
        return new HsmShowReport(fields);
    }

    public Optional<String> field(String key) {
        return Optional.ofNullable(fields.get(key));
    }

    public Map<String, String> fields() {
        return fields;
    }

    /** Whether the HSM reports itself zeroized (or factory-fresh, which reads the same). */
    public boolean zeroized() {
        return field(ATTEMPTS_LEFT).map(ZEROIZED::equals).orElse(false);
    }
}
