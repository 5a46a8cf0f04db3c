package dev.dhsm.app;

import java.util.concurrent.atomic.AtomicReference;

/** Stands in for Ctrl-C: the test decides when {@code dhsm serve} is told to stop. */
final class TestStopSignal implements StopSignal {
    private final AtomicReference<Runnable> stop = new AtomicReference<>();

    @Override
    public void onStop(Runnable action) {
        stop.set(action);
    }

    /** Runs what {@code serve} registered, as the shutdown hook would. */
    void fire() {
        Runnable action = stop.getAndSet(null);
        if (action == null) {
            throw new IllegalStateException("serve has not registered a stop action");
        }
        action.run();
    }
}
