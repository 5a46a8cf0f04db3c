package dev.dhsm.model;

import java.util.List;

/**
 * A refused operation, as the appliance reports it: a stable {@link LunaError} plus the explanatory
 * {@code Error:} lines the shell prints around the failure line. Carries no stack trace to users.
 */
public final class LunaException extends RuntimeException {
    private final LunaError error;
    private final List<String> before;
    private final List<String> after;

    public LunaException(LunaError error, List<String> before, List<String> after) {
        super(error.symbol(), null, false, false);
        this.error = error;
        this.before = List.copyOf(before);
        this.after = List.copyOf(after);
    }

    public static LunaException of(LunaError error) {
        return new LunaException(error, List.of(), List.of());
    }

    /** A failure with one explanatory line printed after the failure line. */
    public static LunaException withDetail(LunaError error, String detail) {
        return new LunaException(error, List.of(), List.of(detail));
    }

    /** A failure with explanatory lines printed before the failure line. */
    public static LunaException withLead(LunaError error, String... lead) {
        return new LunaException(error, List.of(lead), List.of());
    }

    public LunaError error() {
        return error;
    }

    /** Explanatory lines printed before the {@code '<cmd>' failed.} line. */
    public List<String> before() {
        return before;
    }

    /** Explanatory lines printed after the {@code '<cmd>' failed.} line. */
    public List<String> after() {
        return after;
    }
}
