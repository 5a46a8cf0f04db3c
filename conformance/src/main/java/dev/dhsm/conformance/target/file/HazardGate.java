package dev.dhsm.conformance.target.file;

import dev.dhsm.conformance.catalogue.Hazard;
import java.util.Optional;

/**
 * Design rule 8 as one decision: whether a scenario of a given hazard may run on a target. Emulators are always
 * disposable, so everything runs there. On a real appliance a {@code @guarded} scenario needs
 * {@code --allow-guarded}, and a {@code @destructive} one needs {@code --allow-destructive} and a target file that
 * says {@code disposable: true}; otherwise the answer is the reason it is skipped.
 *
 * <pre>
 *   hazard        emulator   appliance
 *   safe          runs       runs
 *   guarded       runs       --allow-guarded
 *   destructive   runs       --allow-destructive and disposable: true
 * </pre>
 */
public record HazardGate(TargetKind kind, boolean disposable, boolean allowGuarded, boolean allowDestructive) {

    /** The gate for a target file and the run's flags. */
    public static HazardGate of(TargetFile file, boolean allowGuarded, boolean allowDestructive) {
        return new HazardGate(file.kind(), file.disposable(), allowGuarded, allowDestructive);
    }

    /** Empty when a scenario with this hazard may run; otherwise why it is skipped. */
    public Optional<String> refusal(Hazard hazard) {
        if (!kind.isRealEquipment()) {
            return Optional.empty();
        }
        return switch (hazard) {
            case SAFE -> Optional.empty();
            case GUARDED -> allowGuarded ? Optional.empty() : Optional.of(
                    "@guarded: it changes the appliance (in a way that can be undone); run with --allow-guarded to let it");
            case DESTRUCTIVE -> {
                if (!disposable) {
                    yield Optional.of("@destructive: it loses key material or configuration, and the target file does not say "
                            + "'disposable: true'");
                }
                yield allowDestructive ? Optional.empty() : Optional.of(
                        "@destructive: it loses key material or configuration; run with --allow-destructive to let it");
            }
        };
    }
}
