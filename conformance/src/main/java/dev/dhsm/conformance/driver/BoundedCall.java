package dev.dhsm.conformance.driver;

import dev.dhsm.conformance.target.TargetException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * A driver's own thread for work that runs in this process but waits on the network (an in-process LunaCM, the
 * client library): the caller waits at most a deadline, and on timeout gets the output received so far instead of
 * a hung build. One daemon thread, so work runs in the order it was handed over, as in one client process.
 */
final class BoundedCall implements AutoCloseable {
    private final ExecutorService thread;

    BoundedCall(String name) {
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs {@code work} and waits for it at most {@code timeout}; {@code soFar} describes the output on a timeout. */
    <T> T call(Supplier<T> work, Duration timeout, String what, Supplier<String> soFar) {
        Future<T> result = thread.submit(work::get);
        try {
            return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            throw new TargetException(what + " did not finish within " + timeout.toSeconds() + " s; output so far:\n"
                    + soFar.get().indent(4));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new TargetException(what + " failed: " + cause, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result.cancel(true);
            throw new TargetException(what + " was interrupted; output so far:\n" + soFar.get().indent(4), e);
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
