package dev.dhsm.conformance.driver;

import dev.dhsm.conformance.target.TargetException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Everything a terminal session has received so far, as the appliance's serial port or SSH channel delivered
 * it: transports feed bytes in from their own threads; the conversation waits, with a deadline, until the
 * cleaned text from a mark onwards shows what it is waiting for (a prompt, a question).
 */
final class Transcript {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final StringBuilder raw = new StringBuilder();
    private ByteBuffer pending = ByteBuffer.allocate(0);
    private boolean ended;
    private String endReason;
    private int mark;

    /** Appends received bytes; a multi-byte character split between two reads is kept until it is whole. */
    void feed(byte[] bytes, int offset, int length) {
        lock.lock();
        try {
            ByteBuffer in = ByteBuffer.allocate(pending.remaining() + length);
            in.put(pending).put(bytes, offset, length).flip();
            CharBuffer out = CharBuffer.allocate(in.remaining());
            decoder.decode(in, out, false);
            out.flip();
            raw.append(out);
            pending = in.slice();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** The peer hung up or the transport failed: waits end at once. */
    void end(String reason) {
        lock.lock();
        try {
            if (!ended) {
                ended = true;
                endReason = reason;
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Sets the mark at the end of what has been received: later waits look only at what comes after it. */
    void markEnd() {
        lock.lock();
        try {
            mark = raw.length();
        } finally {
            lock.unlock();
        }
    }

    /** The cleaned text received since the mark. */
    String sinceMark() {
        lock.lock();
        try {
            return TerminalText.clean(raw.subSequence(mark, raw.length()));
        } finally {
            lock.unlock();
        }
    }

    /** The cleaned text received since {@code from} (a raw position from {@link #position()}). */
    String since(int from) {
        lock.lock();
        try {
            return TerminalText.clean(raw.subSequence(from, raw.length()));
        } finally {
            lock.unlock();
        }
    }

    int position() {
        lock.lock();
        try {
            return raw.length();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until {@code test}, applied to the cleaned text since the mark, answers something, and returns it.
     *
     * @throws TargetException on timeout or hang-up, with {@code what} and the text so far
     */
    <T> T await(String what, Duration timeout, Function<String, Optional<T>> test) {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (true) {
                String text = TerminalText.clean(raw.subSequence(mark, raw.length()));
                Optional<T> found = test.apply(text);
                if (found.isPresent()) {
                    return found.get();
                }
                if (ended) {
                    throw new TargetException("The appliance ended the session (" + endReason + ") while "
                            + what + ". Output so far:\n" + text.indent(4));
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new TargetException("Timed out after " + timeout.toMillis() + " ms " + what
                            + ". Output so far:\n" + text.indent(4));
                }
                changed.await(left, TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TargetException("Interrupted while " + what, e);
        } finally {
            lock.unlock();
        }
    }

    /** An output stream that feeds this transcript (for SSH channels, which push what they receive). */
    OutputStream sink() {
        return new OutputStream() {
            @Override
            public void write(int b) {
                feed(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                feed(b, off, len);
            }
        };
    }
}
