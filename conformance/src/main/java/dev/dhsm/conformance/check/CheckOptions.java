package dev.dhsm.conformance.check;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What one {@code dhsm check} run was asked to do: the target file (none: the in-process emulator), a tag
 * expression, the hazard opt-ins, how many scenarios may run at once, where the reports go, and a features folder
 * to use instead of the bundled suite.
 */
public record CheckOptions(Optional<Path> targetFile, Optional<String> tags, boolean allowGuarded,
        boolean allowDestructive, int parallel, Path reportDir, Optional<Path> features) {

    /** The bundled suite, inside the jar (or on the class path) beside the step definitions. */
    public static final String BUNDLED_FEATURES = "classpath:dhsm/features";

    public CheckOptions {
        if (parallel < 1) {
            throw new IllegalArgumentException("--parallel must be at least 1");
        }
    }

    /** How the run was set, for the top of the readiness summary. */
    public String describe(int threads) {
        return "tags " + tags.orElse("(all)") + (allowGuarded ? ", --allow-guarded" : "")
                + (allowDestructive ? ", --allow-destructive" : "") + ", " + threads + " at a time, features "
                + features.map(Path::toString).orElse("bundled");
    }
}
