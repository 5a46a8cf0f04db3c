package dev.dhsm.conformance.catalogue;

import java.util.Locale;
import java.util.Optional;

/**
 * What a scenario may do to a real appliance, by the catalogue's "Real device" column: only read it, change
 * state that can be undone ({@code @guarded}), or lose key material or configuration ({@code @destructive}).
 */
public enum Hazard {
    SAFE(null),
    GUARDED("@guarded"),
    DESTRUCTIVE("@destructive");

    private final String tag;

    Hazard(String tag) {
        this.tag = tag;
    }

    /** The scenario tag that declares this hazard; empty for {@link #SAFE}, which has none. */
    public Optional<String> tag() {
        return Optional.ofNullable(tag);
    }

    public static Hazard parse(String word) {
        return valueOf(word.trim().toUpperCase(Locale.ROOT));
    }
}
