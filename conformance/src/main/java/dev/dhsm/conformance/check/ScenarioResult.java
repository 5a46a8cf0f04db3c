package dev.dhsm.conformance.check;

import java.util.List;
import java.util.Optional;

/**
 * How one scenario of a run ended, as the Cucumber messages of the run record it: its name, feature file, tags,
 * status ({@code PASSED}, {@code FAILED}, {@code SKIPPED}, {@code UNDEFINED} ...), and for anything but a pass the
 * step that decided it and the message that step left (the observed output, or the reason for a skip).
 */
public record ScenarioResult(String name, String uri, List<String> tags, String status, Optional<String> step,
        Optional<String> message) {

    public ScenarioResult {
        tags = List.copyOf(tags);
    }

    public boolean passed() {
        return status.equals("PASSED");
    }

    public boolean skipped() {
        return status.equals("SKIPPED");
    }

    /** Failed, or could not run as written (an undefined, pending or ambiguous step). */
    public boolean failed() {
        return !passed() && !skipped();
    }

    /** The catalogue IDs ({@code FM-nn}) the scenario is tagged with. */
    public List<String> catalogueIds() {
        return tags.stream().filter(t -> t.matches("@FM-\\d+")).map(t -> t.substring(1)).toList();
    }
}
