package dev.dhsm.conformance.target;

import java.time.Duration;

/**
 * How time passes while the suite polls a long-running ARM operation. On the emulator it is the virtual clock,
 * moved forward by the control plane, so a 20-minute deployment takes no wall time and the server's
 * {@code Retry-After} only says how far to move it; on a real subscription it is real time and
 * {@code Retry-After} is honoured.
 */
public interface ArmPacing {
    /** Lets {@code duration} pass before the next poll. */
    void pass(Duration duration);

    /** Whether time is virtual (moved on demand) rather than waited for. */
    boolean virtual();

    /** How long to poll before giving up: measured on the same clock {@link #pass} moves. */
    default Duration patience() {
        return Duration.ofMinutes(90);
    }
}
