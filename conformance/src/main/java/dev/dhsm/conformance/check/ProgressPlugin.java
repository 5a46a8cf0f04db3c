package dev.dhsm.conformance.check;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestRunFinished;
import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One line on the terminal per finished scenario (its number, status, catalogue IDs, name and time), and for a
 * skip or a failure the first line of why; then a closing count. Scenarios finish in any order when they run in
 * parallel, so the lines come as they finish.
 */
public final class ProgressPlugin implements ConcurrentEventListener {
    private final PrintStream out;
    private final AtomicInteger finished = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger skipped = new AtomicInteger();

    public ProgressPlugin() {
        this(System.out);
    }

    ProgressPlugin(PrintStream out) {
        this.out = out;
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestCaseFinished.class, this::finished);
        publisher.registerHandlerFor(TestRunFinished.class, e -> out.printf(Locale.ROOT,
                "conformance run: %d scenarios, %d failed, %d skipped, %.1f s wall time%n", finished.get(), failed.get(),
                skipped.get(), e.getResult().getDuration().toMillis() / 1000.0));
    }

    private void finished(TestCaseFinished event) {
        Result result = event.getResult();
        String status = result.getStatus().name();
        String ids = String.join(" ", event.getTestCase().getTags().stream().filter(t -> t.startsWith("@FM-"))
                .map(t -> t.substring(1)).toList());
        int n = finished.incrementAndGet();
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "[%3d] %-9s %-13s %s (%.1f s)", n, status,
                ids, event.getTestCase().getName(), result.getDuration().toMillis() / 1000.0));
        if (result.getStatus().is(io.cucumber.plugin.event.Status.SKIPPED)) {
            skipped.incrementAndGet();
        } else if (!result.getStatus().isOk()) {
            failed.incrementAndGet();
        }
        if (result.getError() != null && !result.getStatus().is(io.cucumber.plugin.event.Status.PASSED)) {
            String why = String.valueOf(result.getError().getMessage()).strip();
            int nl = why.indexOf('\n');
            line.append("\n        ").append(nl < 0 ? why : why.substring(0, nl));
        }
        synchronized (out) {
            out.println(line);
            out.flush();
        }
    }
}
