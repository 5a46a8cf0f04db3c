package dev.dhsm.appliance.ntls.bench;

import dev.dhsm.model.KeyUsage;
import dev.dhsm.model.Mechanism;
import dev.dhsm.model.PreparedKey;
import dev.dhsm.wire.message.DataResult;
import dev.dhsm.wire.message.Octets;
import dev.dhsm.wire.message.Sign;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Signatures per second with a fixed number of concurrent sessions, each signing as fast as its answers come back
 * (a closed loop): over NTLS (one connection per session, as Luna applications do), and in-process with the same
 * key through the model's {@link PreparedKey}, one thread per session.
 */
final class SignLoad {

    private static final byte[] DATA = new byte[32];

    private final BenchAppliance bench;
    private final Duration warmup;
    private final Duration measure;

    SignLoad(BenchAppliance bench, Duration warmup, Duration measure) {
        this.bench = bench;
        this.warmup = warmup;
        this.measure = measure;
    }

    /** One window of in-process signing: {@code sessions} threads signing with the same prepared key. */
    Sample inProcess(long key, Mechanism mechanism, int sessions) throws InterruptedException {
        PreparedKey prepared = bench.appliance.transact(tx -> tx.objects().prepare(bench.inProcess, key,
                KeyUsage.SIGN, mechanism));
        LongAdder done = new LongAdder();
        Window window = new Window();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            Thread t = new Thread(() -> {
                while (window.running) {
                    prepared.sign(DATA);
                    done.increment();
                }
            }, "bench-inprocess-" + i);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        Sample sample = window.measure(done);
        for (Thread t : threads) {
            t.join(TimeUnit.SECONDS.toMillis(BenchAppliance.WAIT_SECONDS));
        }
        return sample;
    }

    /** One window of signing over NTLS on the given connections, one request in flight on each. */
    Sample overNtls(List<BenchAppliance.Connection> connections, long key, long mechanism) throws Exception {
        LongAdder done = new LongAdder();
        AtomicLong failures = new AtomicLong();
        Window window = new Window();
        CountDownLatch stopped = new CountDownLatch(connections.size());
        for (BenchAppliance.Connection c : connections) {
            Sign request = new Sign(c.session(), key, dev.dhsm.wire.message.Mechanism.of(mechanism),
                    Octets.of(DATA));
            loop(c, request, window, done, failures, stopped);
        }
        Sample sample = window.measure(done);
        if (!stopped.await(BenchAppliance.WAIT_SECONDS, TimeUnit.SECONDS) || failures.get() > 0) {
            throw new IllegalStateException("signing over NTLS failed " + failures.get() + " times");
        }
        return sample;
    }

    private static void loop(BenchAppliance.Connection c, Sign request, Window window, LongAdder done,
                             AtomicLong failures, CountDownLatch stopped) {
        c.handler().send(request).whenComplete((response, failure) -> {
            if (failure != null || !(response instanceof DataResult)) {
                failures.incrementAndGet();
                stopped.countDown();
                return;
            }
            done.increment();
            if (window.running) {
                loop(c, request, window, done, failures, stopped);
            } else {
                stopped.countDown();
            }
        });
    }

    /** Warm up, then count what completes during the measuring window; stops the load afterwards. */
    private final class Window {
        volatile boolean running = true;

        Sample measure(LongAdder done) throws InterruptedException {
            try {
                return Sample.take(done::sum, warmup, measure);
            } finally {
                running = false;
            }
        }
    }
}
