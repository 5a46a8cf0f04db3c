package dev.dhsm.conformance.check;

import dev.dhsm.conformance.catalogue.CatalogueEntry;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One catalogue entry's line in the go-live readiness summary: failed when any of its scenarios failed (with the
 * step and what was observed), passed when at least one passed, skipped when every one was skipped (with the
 * reasons), not run when the run held none of its scenarios.
 */
public record ReadinessRow(CatalogueEntry entry, Verdict verdict, List<ScenarioResult> scenarios, String detail) {

    /** What the run says about one failure mode. */
    public enum Verdict {
        PASSED, FAILED, SKIPPED, NOT_RUN
    }

    public static ReadinessRow of(CatalogueEntry entry, List<ScenarioResult> all) {
        List<ScenarioResult> mine = all.stream().filter(s -> s.catalogueIds().contains(entry.id())).toList();
        Optional<ScenarioResult> failed = mine.stream().filter(ScenarioResult::failed).findFirst();
        if (failed.isPresent()) {
            ScenarioResult f = failed.get();
            return new ReadinessRow(entry, Verdict.FAILED, mine, "\"" + f.name() + "\" " + f.status().toLowerCase()
                    + " at step \"" + f.step().orElse("?") + "\": " + f.message().orElse("(no message)"));
        }
        long passed = mine.stream().filter(ScenarioResult::passed).count();
        if (passed > 0) {
            long skipped = mine.stream().filter(ScenarioResult::skipped).count();
            return new ReadinessRow(entry, Verdict.PASSED, mine, passed + " scenario" + (passed == 1 ? "" : "s")
                    + " passed" + (skipped > 0 ? ", " + skipped + " skipped" : ""));
        }
        if (!mine.isEmpty()) {
            Set<String> reasons = new LinkedHashSet<>();
            mine.forEach(s -> reasons.add(s.message().orElse("skipped")));
            return new ReadinessRow(entry, Verdict.SKIPPED, mine, String.join("; ", new ArrayList<>(reasons)));
        }
        return new ReadinessRow(entry, Verdict.NOT_RUN, mine, "no scenario for " + entry.id() + " in this run");
    }
}
