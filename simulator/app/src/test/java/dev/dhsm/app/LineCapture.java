package dev.dhsm.app;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A console that a test can read line by line while {@code dhsm} is still writing to it, with bounded waits. */
final class LineCapture extends Writer {
    private final StringBuilder partial = new StringBuilder();
    private final StringBuilder all = new StringBuilder();
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    PrintWriter writer() {
        return new PrintWriter(this, true);
    }

    @Override
    public synchronized void write(char[] buffer, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            char c = buffer[i];
            all.append(c);
            if (c == '\n') {
                lines.add(partial.toString());
                partial.setLength(0);
            } else if (c != '\r') {
                partial.append(c);
            }
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    /** Every line up to and including the first that equals {@code last}; fails if it does not come in time. */
    List<String> until(String last, long seconds) throws InterruptedException {
        List<String> seen = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (line == null) {
                fail("no line '" + last + "' within " + seconds + " s; got " + seen);
            }
            seen.add(line);
            if (line.equals(last)) {
                return seen;
            }
        }
    }

    synchronized String text() {
        return all.toString();
    }
}
