package dev.dhsm.client.lunacm;

import java.util.Map;
import java.util.Optional;

/** The options of one parsed LunaCM command line, keyed by canonical option name. */
public final class Args {

    private final Map<String, String> options;

    Args(Map<String, String> options) {
        this.options = Map.copyOf(options);
    }

    public boolean has(String name) {
        return options.containsKey(name);
    }

    public Optional<String> value(String name) {
        return Optional.ofNullable(options.get(name));
    }

    /** The value of a required option (the parser has checked it is there). */
    public String get(String name) {
        String v = options.get(name);
        if (v == null) {
            throw new UsageException("Missing required option: -" + name);
        }
        return v;
    }

    /** A numeric option, or the usage error for a non-number. */
    public Optional<Long> number(String name) {
        String v = options.get(name);
        if (v == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(v.trim()));
        } catch (NumberFormatException e) {
            throw new UsageException("Invalid value for -" + name + ": '" + v + "' is not a number.");
        }
    }

    /** A required numeric option. */
    public long requiredNumber(String name) {
        return number(name).orElseThrow(() -> new UsageException("Missing required option: -" + name));
    }
}
