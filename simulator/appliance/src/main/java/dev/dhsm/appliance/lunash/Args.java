package dev.dhsm.appliance.lunash;

import java.util.Map;
import java.util.Optional;

/** The options and positional argument of one parsed lunash command line, keyed by canonical option name. */
public final class Args {
    private final Map<String, String> options;
    private final String positional;

    Args(Map<String, String> options, String positional) {
        this.options = Map.copyOf(options);
        this.positional = positional;
    }

    public boolean has(String name) {
        return options.containsKey(name);
    }

    public Optional<String> value(String name) {
        return Optional.ofNullable(options.get(name));
    }

    /** The value of a required option; the parser has already checked it is present. */
    public String get(String name) {
        String v = options.get(name);
        if (v == null) {
            throw new UsageException("Missing required option: -" + name);
        }
        return v;
    }

    /** An integer option value, or the usage error lunash prints for a non-number. */
    public Optional<Long> number(String name) {
        String v = options.get(name);
        if (v == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(v));
        } catch (NumberFormatException e) {
            throw new UsageException("Invalid value for -" + name + ": '" + v + "' is not a number.");
        }
    }

    /** A required option as an int, or the usage error for a non-number or an out-of-range number. */
    public int integer(String name) {
        long v = number(name).orElseThrow(() -> new UsageException("Missing required option: -" + name));
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw new UsageException("Invalid value for -" + name + ": " + v + " is out of range.");
        }
        return (int) v;
    }

    public Optional<String> positional() {
        return Optional.ofNullable(positional);
    }
}
