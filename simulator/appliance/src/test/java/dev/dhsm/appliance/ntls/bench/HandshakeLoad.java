package dev.dhsm.appliance.ntls.bench;

import dev.dhsm.wire.NtlsClientInitializer;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Full TLS handshakes per second against one server: a few connectors in a closed loop, each connecting,
 * completing the mutually authenticated handshake (never resumed), closing, and connecting again.
 */
final class HandshakeLoad {

    private final BenchAppliance bench;
    private final Duration warmup;
    private final Duration measure;
    private final int connectors;

    HandshakeLoad(BenchAppliance bench, Duration warmup, Duration measure, int connectors) {
        this.bench = bench;
        this.warmup = warmup;
        this.measure = measure;
        this.connectors = connectors;
    }

    /** One window of handshakes against {@code server}. */
    Sample against(InetSocketAddress server) throws InterruptedException {
        Bootstrap bootstrap = bench.bootstrap(server);
        LongAdder done = new LongAdder();
        AtomicLong failures = new AtomicLong();
        CountDownLatch stopped = new CountDownLatch(connectors);
        boolean[] running = {true};
        for (int i = 0; i < connectors; i++) {
            next(bootstrap, running, done, failures, stopped);
        }
        Sample sample = Sample.take(done::sum, warmup, measure);
        synchronized (running) {
            running[0] = false;
        }
        if (!stopped.await(BenchAppliance.WAIT_SECONDS, TimeUnit.SECONDS) || failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " handshakes failed");
        }
        return sample;
    }

    private static void next(Bootstrap bootstrap, boolean[] running, LongAdder done, AtomicLong failures,
                             CountDownLatch stopped) {
        ChannelFuture connected = bootstrap.connect();
        connected.addListener(c -> {
            if (!c.isSuccess()) {
                failures.incrementAndGet();
                stopped.countDown();
                return;
            }
            Channel channel = connected.channel();
            NtlsClientInitializer.tls(channel).handshakeFuture().addListener(h -> {
                if (h.isSuccess()) {
                    done.increment();
                } else {
                    failures.incrementAndGet();
                }
                channel.close().addListener(closed -> {
                    boolean again;
                    synchronized (running) {
                        again = running[0] && h.isSuccess();
                    }
                    if (again) {
                        next(bootstrap, running, done, failures, stopped);
                    } else {
                        stopped.countDown();
                    }
                });
            });
        });
    }
}
