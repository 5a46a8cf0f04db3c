package dev.dhsm.appliance.transport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a terminal user sees of a session, as it arrives: tests wait (bounded) for a pattern to show up
 * after the last thing they matched, instead of sleeping.
 */
public final class Transcript extends OutputStream {
    public static final Duration WAIT = Duration.ofSeconds(20);

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private int consumed;
    private boolean ended;

    /** A transcript fed by a daemon thread reading {@code in} until end of stream. */
    public static Transcript pumping(InputStream in) {
        Transcript transcript = new Transcript();
        Thread pump = new Thread(() -> {
            byte[] buffer = new byte[4096];
            try {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    transcript.write(buffer, 0, n);
                }
            } catch (IOException e) {
                // the peer reset the connection: same as end of stream for the reader
            } finally {
                transcript.end();
            }
        }, "transcript-pump");
        pump.setDaemon(true);
        pump.start();
        return transcript;
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        lock.lock();
        try {
            bytes.write(b, off, len);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** No more output will come (the stream ended). */
    public void end() {
        lock.lock();
        try {
            ended = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Everything seen so far. */
    public String text() {
        lock.lock();
        try {
            return bytes.toString(StandardCharsets.UTF_8);
        } finally {
            lock.unlock();
        }
    }

    /** Waits for a literal text after the last match; answers the output up to and including it. */
    public String await(String literal) {
        return await(Pattern.compile(Pattern.quote(literal)));
    }

    /** Waits for the pattern after the last match; answers the output up to and including it. */
    public String await(Pattern pattern) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        lock.lock();
        try {
            while (true) {
                String all = bytes.toString(StandardCharsets.UTF_8);
                Matcher m = pattern.matcher(all);
                if (m.find(Math.min(consumed, all.length()))) {
                    String seen = all.substring(Math.min(consumed, all.length()), m.end());
                    consumed = m.end();
                    return seen;
                }
                if (ended) {
                    throw new AssertionError("output ended without " + pattern + "; after the last match it was:\n"
                            + all.substring(Math.min(consumed, all.length())));
                }
                if (!awaitChange(deadline)) {
                    throw new AssertionError("no " + pattern + " within " + WAIT + "; after the last match:\n"
                            + all.substring(Math.min(consumed, all.length())));
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** Waits for the end of the output; answers whatever came after the last match. */
    public String awaitEnd() {
        long deadline = System.nanoTime() + WAIT.toNanos();
        lock.lock();
        try {
            while (!ended) {
                if (!awaitChange(deadline)) {
                    throw new AssertionError("the output did not end within " + WAIT + ":\n" + text());
                }
            }
            String all = bytes.toString(StandardCharsets.UTF_8);
            String rest = all.substring(Math.min(consumed, all.length()));
            consumed = all.length();
            return rest;
        } finally {
            lock.unlock();
        }
    }

    private boolean awaitChange(long deadline) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            return false;
        }
        try {
            changed.await(left, TimeUnit.NANOSECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Bounded wait for a condition that another thread makes true (checked without sleeping). */
    public static void awaitTrue(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not true within " + WAIT + ": " + what);
            }
            Thread.onSpinWait();
            Thread.yield();
        }
    }
}
