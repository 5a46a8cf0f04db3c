package dev.dhsm.conformance.target;

import dev.dhsm.conformance.target.appliance.ApplianceTarget;
import dev.dhsm.conformance.target.emulator.EmulatorTarget;
import dev.dhsm.conformance.target.file.HazardGate;
import dev.dhsm.conformance.target.file.TargetFile;
import dev.dhsm.conformance.target.file.TargetFileReader;
import dev.dhsm.conformance.target.remote.RemoteEmulatorTarget;
import java.nio.file.Path;

/**
 * Chooses the target a run talks to. The {@code dhsm.target} system property (or the {@code DHSM_TARGET} environment
 * variable) is {@code emulator}, the default, which starts a fresh in-process appliance per scenario, or the path of
 * a target file (docs/check.md). {@code dhsm.allow-guarded} and {@code dhsm.allow-destructive} ({@code true}) carry
 * {@code dhsm check}'s {@code --allow-guarded} and {@code --allow-destructive}.
 */
public final class TargetFactory {
    public static final String PROPERTY = "dhsm.target";
    public static final String ENVIRONMENT = "DHSM_TARGET";
    public static final String ALLOW_GUARDED = "dhsm.allow-guarded";
    public static final String ALLOW_DESTRUCTIVE = "dhsm.allow-destructive";

    private final TargetFile file;
    private final HazardGate gate;
    /** The kind's word ({@code emulator}, {@code remote-emulator}, {@code appliance}). */
    private final String kind;

    public TargetFactory(TargetFile file, HazardGate gate) {
        this.file = file;
        this.gate = gate;
        this.kind = file.kind().word();
    }

    /** The in-process emulator ({@code kind} {@code emulator}) or the target file at {@code kind}. */
    public TargetFactory(String kind) {
        this(fileFor(kind), null);
    }

    private static TargetFile fileFor(String kind) {
        if (kind == null || kind.isBlank() || kind.trim().equals("emulator")) {
            return TargetFile.emulator();
        }
        return TargetFileReader.read(Path.of(kind.trim()));
    }

    /** The factory the system properties or environment ask for. */
    public static TargetFactory fromEnvironment() {
        String kind = System.getProperty(PROPERTY);
        if (kind == null) {
            kind = System.getenv(ENVIRONMENT);
        }
        TargetFile file = fileFor(kind);
        return new TargetFactory(file, HazardGate.of(file, Boolean.getBoolean(ALLOW_GUARDED),
                Boolean.getBoolean(ALLOW_DESTRUCTIVE)));
    }

    public TargetFile file() {
        return file;
    }

    public String kind() {
        return kind;
    }

    /** Starts (or connects to) the target; the caller closes it. */
    public Target open() {
        HazardGate g = gate != null ? gate : HazardGate.of(file, false, false);
        return switch (file.kind()) {
            case EMULATOR -> EmulatorTarget.start();
            case REMOTE_EMULATOR -> RemoteEmulatorTarget.connect(file);
            case APPLIANCE -> ApplianceTarget.connect(file, g);
        };
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
