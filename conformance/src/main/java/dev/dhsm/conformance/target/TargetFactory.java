package dev.dhsm.conformance.target;

import dev.dhsm.conformance.target.emulator.EmulatorTarget;
import java.util.Locale;

/**
 * Chooses the target a run talks to from the {@code dhsm.target} system property (or the {@code DHSM_TARGET}
 * environment variable): {@code emulator}, the default, starts a fresh in-process appliance per scenario.
 */
public final class TargetFactory {
    public static final String PROPERTY = "dhsm.target";
    public static final String ENVIRONMENT = "DHSM_TARGET";

    private final String kind;

    public TargetFactory(String kind) {
        this.kind = kind == null || kind.isBlank() ? "emulator" : kind.trim().toLowerCase(Locale.ROOT);
    }

    /** The factory the system property or environment asks for. */
    public static TargetFactory fromEnvironment() {
        String kind = System.getProperty(PROPERTY);
        if (kind == null) {
            kind = System.getenv(ENVIRONMENT);
        }
        return new TargetFactory(kind);
    }

    public String kind() {
        return kind;
    }

    /** Starts (or connects to) the target; the caller closes it. */
    public Target open() {
        if (kind.equals("emulator")) {
            return EmulatorTarget.start();
        }
        throw new IllegalArgumentException("Unknown target '" + kind + "': only 'emulator' (in-process) exists so far");
    }

    /**
     * Starts (or connects to) the target with its Azure Resource Manager endpoint: on the emulator, a fleet of
     * {@code stamps} stamps with the ARM facade in front of it. A target without one starts as {@link #open()}
     * does, and the scenario skips at its first ARM step.
     */
    public Target openWithArm(int stamps) {
        if (kind.equals("emulator")) {
            return EmulatorTarget.startWithArm(stamps);
        }
        return open();
    }
}
