package dev.dhsm.conformance.target;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The emulator's test-control plane: what a real appliance cannot offer (its clock, faults, resets). */
public interface EmulatorControl {
    /** The appliance clock now. */
    Instant clock();

    /** Moves the appliance clock forward. */
    void advanceClock(Duration by);

    /** Support requests and the hanging-reboot fault (FM-12, FM-18, FM-19); empty when the plane lacks them. */
    default Optional<SupportControl> support() {
        return Optional.empty();
    }
}
