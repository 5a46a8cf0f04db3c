package dev.dhsm.app.control;

import dev.dhsm.model.Clock;
import dev.dhsm.model.ManualClock;
import dev.dhsm.model.SystemClock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The one clock every appliance of a fleet reads, as the control plane moves it: wall-clock time plus an
 * offset for {@code dhsm serve}, or a manual clock in tests. It only ever moves forward by {@link #advance};
 * {@link #set} may move it anywhere.
 */
public final class FleetClock implements Clock {
    private final Clock clock;
    private final Consumer<Duration> advance;
    private final Consumer<Instant> set;
    private final Supplier<Duration> offset;

    private FleetClock(Clock clock, Consumer<Duration> advance, Consumer<Instant> set, Supplier<Duration> offset) {
        this.clock = clock;
        this.advance = advance;
        this.set = set;
        this.offset = offset;
    }

    /** System time plus an offset; the offset is what {@link #offset()} reports. */
    public static FleetClock of(SystemClock clock) {
        return new FleetClock(clock, clock::advance, clock::set, clock::offset);
    }

    /** A manual clock; {@link #offset()} reports how far it is from where it stood when handed over. */
    public static FleetClock of(ManualClock clock) {
        Instant start = clock.now();
        return new FleetClock(clock, clock::advance, clock::set, () -> Duration.between(start, clock.now()));
    }

    /** The clock to hand to the appliances. */
    public Clock clock() {
        return clock;
    }

    @Override
    public Instant now() {
        return clock.now();
    }

    /** How far the clock is from real time ({@code dhsm serve}) or from where it started (a manual clock). */
    public Duration offset() {
        return offset.get();
    }

    /** Moves the clock forward; a negative duration is refused. */
    public Instant advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("the clock only advances: " + by + " is negative (use set)");
        }
        advance.accept(by);
        return now();
    }

    public Instant set(Instant to) {
        set.accept(to);
        return now();
    }
}
