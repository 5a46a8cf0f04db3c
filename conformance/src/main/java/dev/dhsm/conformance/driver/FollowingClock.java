package dev.dhsm.conformance.driver;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The clock of a client host next to a remote emulator: this machine's time shifted by the emulator clock's offset,
 * re-synchronized whenever the suite moves the emulator's clock, so certificates are valid on both sides.
 */
public final class FollowingClock implements InstantSource {
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    /** A clock that reads {@code remoteNow} now. */
    public static FollowingClock at(Instant remoteNow) {
        FollowingClock clock = new FollowingClock();
        clock.follow(remoteNow);
        return clock;
    }

    /** The remote clock reads {@code remoteNow} at this moment. */
    public void follow(Instant remoteNow) {
        offset.set(Duration.between(Instant.now(), remoteNow));
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }
}
