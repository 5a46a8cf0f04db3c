package dev.dhsm.conformance.arm;

import java.util.List;
import java.util.Optional;

/**
 * A long-running ARM operation followed to its end: the first answer (the PUT's 200 with {@code CheckingQuota},
 * the DELETE's 202, or a synchronous refusal), every provisioning state seen while polling, in order, and the
 * last answer (the resource in a terminal state, the Location's final 200/204, or the failed poll).
 */
public record ArmOperation(ArmResponse initial, List<String> statesSeen, ArmResponse last) {
    public ArmOperation {
        statesSeen = List.copyOf(statesSeen);
    }

    /** Refused outright: the first answer was not a 2xx. */
    public boolean refused() {
        return !initial.isSuccess();
    }

    /** Finished well: accepted, and the last answer is a 2xx whose resource (if any) did not fail. */
    public boolean succeeded() {
        return !refused() && last.isSuccess() && !last.resource().failed() && !asyncStatusFailed();
    }

    /** The last answer is an async operation status ({@code {"status":"Failed",...}}) that did not succeed. */
    private boolean asyncStatusFailed() {
        String status = last.body().path("status").asText("");
        return status.equalsIgnoreCase("Failed") || status.equalsIgnoreCase("Canceled");
    }

    /**
     * What went wrong, in words: the refusal's error envelope, or the failed resource's {@code statusMessage} and
     * {@code properties.error}, or the failed poll's error. Empty when the operation succeeded.
     */
    public Optional<String> failureText() {
        if (succeeded()) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder();
        ArmResponse r = refused() ? initial : last;
        r.error().ifPresent(e -> out.append(e.fullText()));
        r.resource().statusMessage().ifPresent(m -> out.append(m).append('\n'));
        r.resource().error().ifPresent(e -> out.append(e.fullText()));
        if (out.length() == 0) {
            out.append(r.describe());
        }
        return Optional.of(out.toString());
    }

    public String describe() {
        return "first " + initial.describe() + "; states " + statesSeen + "; last " + last.describe();
    }
}
