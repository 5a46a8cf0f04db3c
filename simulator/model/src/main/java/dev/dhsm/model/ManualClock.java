package dev.dhsm.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A clock that moves only when told to, so a 10-minute lockout passes in a test in microseconds. */
public final class ManualClock implements Clock {
    private volatile Instant now;

    public ManualClock(Instant start) {
        this.now = Objects.requireNonNull(start);
    }

    public static ManualClock startingAt(String isoInstant) {
        return new ManualClock(Instant.parse(isoInstant));
    }

    @Override
    public Instant now() {
        return now;
    }

    public synchronized Instant advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("the clock does not run backwards: " + by);
        }
        now = now.plus(by);
        return now;
    }

    public synchronized void set(Instant to) {
        now = Objects.requireNonNull(to);
    }
}
