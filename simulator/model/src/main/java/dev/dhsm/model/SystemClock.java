package dev.dhsm.model;

import java.time.Duration;
import java.time.Instant;

/** Wall-clock time plus an offset that can be moved forward, as a running emulator's clock. */
public final class SystemClock implements Clock {
    private volatile Duration offset = Duration.ZERO;

    @Override
    public Instant now() {
        return Instant.now().plus(offset);
    }

    public synchronized Instant advance(Duration by) {
        offset = offset.plus(by);
        return now();
    }

    public synchronized void set(Instant to) {
        offset = Duration.between(Instant.now(), to);
    }

    public Duration offset() {
        return offset;
    }
}
