package dev.dhsm.appliance.console;

import dev.dhsm.appliance.lunash.ShellIO;
import io.netty.channel.Channel;

/**
 * lunash (and the login prompts before it) on the serial console: lines come from the connection's
 * queue, nothing typed is echoed (the far end echoes locally), output goes out with {@code \r\n}. A
 * line that was too long is answered with the console's error and the prompt again; after a hang-up
 * every read answers end of input.
 */
final class ConsoleShellIO implements ShellIO {
    static final String TOO_LONG = "Error:  Input line too long (maximum " + ConsoleLineDecoder.MAX_LINE_BYTES
            + " characters).";
    private static final long WRITABLE_CHECK_MILLIS = 1_000;

    private final Channel channel;
    private final ConsoleSessionHandler input;
    private final Object writable = new Object();

    ConsoleShellIO(Channel channel, ConsoleSessionHandler input) {
        this.channel = channel;
        this.input = input;
    }

    @Override
    public void print(String text) {
        if (!channel.isActive()) {
            return;
        }
        awaitWritable();
        channel.write(text);
    }

    @Override
    public String readLine(String prompt) {
        while (true) {
            print(prompt);
            flush();
            ConsoleInput next = input.take();
            if (next instanceof ConsoleInput.Line line) {
                return line.text();
            }
            if (next == ConsoleInput.Event.HANG_UP) {
                return null;
            }
            println(TOO_LONG);
        }
    }

    @Override
    public String readSecret(String prompt) {
        return readLine(prompt);
    }

    @Override
    public boolean interactive() {
        return true;
    }

    @Override
    public void flush() {
        channel.flush();
    }

    /** Whether the peer is gone. */
    boolean hungUp() {
        return !channel.isActive();
    }

    /** Drops the line (as the getty does after too many failed logins). */
    void hangUp() {
        channel.flush();
        channel.close();
    }

    void writabilityChanged() {
        synchronized (writable) {
            writable.notifyAll();
        }
    }

    void lineClosed() {
        writabilityChanged();
    }

    /** Holds the shell while the peer is not reading, so its output cannot pile up without bound. */
    private void awaitWritable() {
        if (channel.eventLoop().inEventLoop()) {
            return;
        }
        synchronized (writable) {
            while (channel.isActive() && !channel.isWritable()) {
                channel.flush();
                try {
                    writable.wait(WRITABLE_CHECK_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
