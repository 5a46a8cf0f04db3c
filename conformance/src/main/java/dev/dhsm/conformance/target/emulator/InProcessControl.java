package dev.dhsm.conformance.target.emulator;

import dev.dhsm.conformance.target.EmulatorControl;
import dev.dhsm.model.ManualClock;
import java.time.Duration;
import java.time.Instant;

/** The in-process emulator's control plane: its manual clock, and faults on its NTLS port. */
final class InProcessControl implements EmulatorControl {
    private final ManualClock clock;
    private final EmulatedNtlsPort ntls;

    InProcessControl(ManualClock clock, EmulatedNtlsPort ntls) {
        this.clock = clock;
        this.ntls = ntls;
    }

    @Override
    public Instant clock() {
        return clock.now();
    }

    @Override
    public void advanceClock(Duration by) {
        clock.advance(by);
    }

    @Override
    public void blockNtlsPort(boolean blocked) {
        ntls.block(blocked);
    }
}
