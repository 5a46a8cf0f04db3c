package dev.dhsm.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * The HSM's life cycle as Luna 7 firmware 7.0.3 has it. A factory-fresh Azure device and a zeroized HSM
 * both report {@code HSM IS ZEROIZED !!!!}; only an initialized HSM stores objects or takes logins.
 *
 * <pre>
 * from \ event     hsm init (hard)  hsm init (soft)  zeroize*   factoryReset
 * FACTORY_FRESH    INITIALIZED      -                ZEROIZED   FACTORY_FRESH
 * INITIALIZED      -                INITIALIZED      ZEROIZED   FACTORY_FRESH
 * ZEROIZED         INITIALIZED      -                ZEROIZED   FACTORY_FRESH
 * </pre>
 * {@code zeroize*}: {@code hsm zeroize}, the third consecutive bad HSM SO login, a destructive policy
 * change is not one (it erases partitions only).
 */
public enum HsmLifecycle {
    FACTORY_FRESH,
    INITIALIZED,
    ZEROIZED;

    /** Whether {@code hsm init} here is a hard init (sets SO password and domain) rather than a soft one. */
    public boolean needsHardInit() {
        return this != INITIALIZED;
    }

    /** Whether the HSM can hold partitions and objects and take HSM SO logins. */
    public boolean isOperational() {
        return this == INITIALIZED;
    }

    /** Which states can be left by each event; used by the model and by the table test. */
    public Set<Event> allowedEvents() {
        return switch (this) {
            case FACTORY_FRESH, ZEROIZED -> EnumSet.of(Event.HARD_INIT, Event.ZEROIZE, Event.FACTORY_RESET);
            case INITIALIZED -> EnumSet.of(Event.SOFT_INIT, Event.ZEROIZE, Event.FACTORY_RESET);
        };
    }

    public HsmLifecycle after(Event event) {
        if (!allowedEvents().contains(event)) {
            throw new IllegalStateException(event + " is not possible from " + this);
        }
        return switch (event) {
            case HARD_INIT, SOFT_INIT -> INITIALIZED;
            case ZEROIZE -> ZEROIZED;
            case FACTORY_RESET -> FACTORY_FRESH;
        };
    }

    /** What can happen to the HSM as a whole. */
    public enum Event {
        HARD_INIT,
        SOFT_INIT,
        ZEROIZE,
        FACTORY_RESET
    }
}
