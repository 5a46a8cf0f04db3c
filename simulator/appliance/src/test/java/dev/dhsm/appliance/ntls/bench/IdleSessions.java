package dev.dhsm.appliance.ntls.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The heap that idle NTLS sessions hold: {@code count} connections, each through Hello and with a partition session
 * open, measured as used heap after full collections before and after (client and server ends together, both in
 * this JVM).
 */
final class IdleSessions {

    /** What the run found. */
    record Result(int connections, long heapBytes, double openSeconds) {
        double perSessionKb() {
            return heapBytes / 1024.0 / connections;
        }
    }

    private final BenchAppliance bench;

    IdleSessions(BenchAppliance bench) {
        this.bench = bench;
    }

    Result open(int count, int parallel) throws Exception {
        return open(count, parallel, Duration.ZERO);
    }

    /** Opens {@code count} sessions, measures, holds them open for {@code hold} (to inspect the heap), closes them. */
    Result open(int count, int parallel, Duration hold) throws Exception {
        long before = usedHeapAfterGc();
        long start = System.nanoTime();
        List<BenchAppliance.Connection> open = new ArrayList<>();
        ExecutorService openers = Executors.newFixedThreadPool(parallel);
        try {
            List<Future<BenchAppliance.Connection>> pending = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                pending.add(openers.submit(() -> bench.open(false)));
            }
            for (Future<BenchAppliance.Connection> f : pending) {
                open.add(f.get());
            }
        } finally {
            openers.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long after = usedHeapAfterGc();
        if (bench.listener.connectionCount() != count) {
            throw new IllegalStateException("the listener holds " + bench.listener.connectionCount());
        }
        Thread.sleep(hold.toMillis());
        for (BenchAppliance.Connection c : open) {
            c.channel().close().syncUninterruptibly();
        }
        return new Result(count, after - before, seconds);
    }

    static long usedHeapAfterGc() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
            used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
        }
        return used;
    }
}
