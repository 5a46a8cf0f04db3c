package dev.dhsm.conformance.driver;

import dev.dhsm.conformance.target.ArmPacing;
import dev.dhsm.conformance.target.TargetException;
import java.time.Duration;

/**
 * Real time between polls of a real subscription's long-running operations: the one place in the suite that
 * waits on the wall clock (design rule 1 allows it in drivers), because a real deployment cannot be hurried.
 */
public final class RealTimePacing implements ArmPacing {
    private final Duration patience;

    public RealTimePacing(Duration patience) {
        this.patience = patience;
    }

    @Override
    public void pass(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TargetException("Interrupted while waiting for an ARM operation", e);
        }
    }

    @Override
    public boolean virtual() {
        return false;
    }

    @Override
    public Duration patience() {
        return patience;
    }
}
