package dev.dhsm.app;

/**
 * What powers a running emulator off: Ctrl-C or SIGTERM for {@code dhsm serve} (a JVM shutdown hook), or a
 * test saying so.
 */
@FunctionalInterface
public interface StopSignal {
    /** Arranges for {@code stop} to run once, when the emulator is told to stop. */
    void onStop(Runnable stop);

    /** Ctrl-C, SIGTERM, SIGHUP or the JVM exiting. */
    static StopSignal jvmShutdown() {
        return stop -> Runtime.getRuntime().addShutdownHook(new Thread(stop, "dhsm-shutdown"));
    }
}
