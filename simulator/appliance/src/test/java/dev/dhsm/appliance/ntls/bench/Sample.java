package dev.dhsm.appliance.ntls.bench;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * What one measuring window counted: operations completed, the nanoseconds the window lasted and the CPU time this
 * process used meanwhile. Samples add up, so a figure can be taken in several short windows alternating with its
 * baseline's, which keeps the load that other processes put on a shared machine from landing on one side only;
 * operations per CPU-second show what each side costs whatever share of the machine it got.
 */
record Sample(long count, long nanos, long cpuNanos) {

    static final Sample NONE = new Sample(0, 0, 0);
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    /** Lets the load ramp up for {@code warmup}, then counts for {@code measure}. */
    static Sample take(LongSupplier done, Duration warmup, Duration measure) throws InterruptedException {
        Thread.sleep(warmup.toMillis());
        long from = done.getAsLong();
        long cpu = OS.getProcessCpuTime();
        long start = System.nanoTime();
        Thread.sleep(measure.toMillis());
        return new Sample(done.getAsLong() - from, System.nanoTime() - start, OS.getProcessCpuTime() - cpu);
    }

    Sample plus(Sample other) {
        return new Sample(count + other.count, nanos + other.nanos, cpuNanos + other.cpuNanos);
    }

    double perSecond() {
        return nanos == 0 ? 0 : count * 1e9 / nanos;
    }

    double perCpuSecond() {
        return cpuNanos == 0 ? 0 : count * 1e9 / cpuNanos;
    }

    /** How many cores the process kept busy. */
    double cores() {
        return nanos == 0 ? 0 : (double) cpuNanos / nanos;
    }
}
