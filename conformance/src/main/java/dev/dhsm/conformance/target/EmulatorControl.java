package dev.dhsm.conformance.target;

import java.time.Duration;
import java.time.Instant;

/** The emulator's test-control plane: what a real appliance cannot offer (its clock, faults, resets). */
public interface EmulatorControl {
    /** The appliance clock now. */
    Instant clock();

    /** Moves the appliance clock forward. */
    void advanceClock(Duration by);
}
