package dev.dhsm.conformance.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dhsm.conformance.catalogue.Catalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading a run back from Cucumber messages, and what the readiness rows and the coverage check make of it. */
class RunResultsTest {
    /** Messages for one scenario: a hook, then steps with the given statuses (a message on the last non-passed). */
    private static List<String> scenario(String n, String name, String tags, String... statuses) {
        List<String> lines = new ArrayList<>();
        StringBuilder steps = new StringBuilder();
        StringBuilder testSteps = new StringBuilder("{\"id\":\"ts" + n + "h\",\"hookId\":\"h1\"}");
        for (int i = 0; i < statuses.length; i++) {
            steps.append(i == 0 ? "" : ",").append("{\"id\":\"ps").append(n).append(i).append("\",\"text\":\"step ")
                    .append(i).append("\"}");
            testSteps.append(",{\"id\":\"ts").append(n).append(i).append("\",\"pickleStepId\":\"ps").append(n).append(i)
                    .append("\"}");
        }
        lines.add("{\"pickle\":{\"id\":\"p" + n + "\",\"uri\":\"f.feature\",\"name\":\"" + name + "\",\"tags\":["
                + tags + "],\"steps\":[" + steps + "]}}");
        lines.add("{\"testCase\":{\"id\":\"tc" + n + "\",\"pickleId\":\"p" + n + "\",\"testSteps\":[" + testSteps + "]}}");
        lines.add("{\"testCaseStarted\":{\"id\":\"s" + n + "\",\"testCaseId\":\"tc" + n + "\",\"attempt\":0}}");
        lines.add("{\"testStepFinished\":{\"testCaseStartedId\":\"s" + n + "\",\"testStepId\":\"ts" + n
                + "h\",\"testStepResult\":{\"status\":\"PASSED\"}}}");
        for (int i = 0; i < statuses.length; i++) {
            String extra = statuses[i].equals("PASSED") ? "" : ",\"message\":\"why " + i + "\\n\\tat some.Frame(X.java:1)\"";
            lines.add("{\"testStepFinished\":{\"testCaseStartedId\":\"s" + n + "\",\"testStepId\":\"ts" + n + i
                    + "\",\"testStepResult\":{\"status\":\"" + statuses[i] + "\"" + extra + "}}}");
        }
        return lines;
    }

    private static String tag(String... names) {
        return String.join(",", java.util.Arrays.stream(names).map(t -> "{\"name\":\"" + t + "\"}").toList());
    }

    private static RunResults run() {
        List<String> lines = new ArrayList<>();
        lines.addAll(scenario("1", "passes", tag("@FM-17", "@appliance-unverified"), "PASSED", "PASSED"));
        lines.addAll(scenario("2", "fails", tag("@FM-13", "@destructive"), "PASSED", "FAILED", "SKIPPED"));
        lines.addAll(scenario("3", "skips", tag("@FM-15", "@guarded"), "SKIPPED", "SKIPPED"));
        lines.addAll(scenario("4", "also FM-17, skipped", tag("@FM-17", "@FM-25"), "SKIPPED"));
        return RunResults.parse(lines);
    }

    @Test
    void theWorstStepDecidesAndItsMessageLosesTheStackTrace() {
        List<ScenarioResult> s = run().scenarios();
        assertEquals(4, s.size());
        assertEquals("PASSED", s.get(0).status());
        assertEquals(List.of("FM-17"), s.get(0).catalogueIds());
        ScenarioResult failed = s.get(1);
        assertEquals("FAILED", failed.status());
        assertEquals(Optional.of("step 1"), failed.step());
        assertEquals(Optional.of("why 1"), failed.message());
        assertEquals("SKIPPED", s.get(2).status());
        assertEquals(Optional.of("step 0"), s.get(2).step(), "the first skip is the one with the reason");
    }

    @Test
    void readinessRowsAndCoverage() {
        Catalogue catalogue = Catalogue.standard();
        RunResults results = run();
        assertEquals(ReadinessRow.Verdict.PASSED, ReadinessRow.of(catalogue.entry("FM-17").orElseThrow(),
                results.scenarios()).verdict());
        ReadinessRow fm13 = ReadinessRow.of(catalogue.entry("FM-13").orElseThrow(), results.scenarios());
        assertEquals(ReadinessRow.Verdict.FAILED, fm13.verdict());
        assertTrue(fm13.detail().contains("\"step 1\"") && fm13.detail().contains("why 1"), fm13.detail());
        ReadinessRow fm15 = ReadinessRow.of(catalogue.entry("FM-15").orElseThrow(), results.scenarios());
        assertEquals(ReadinessRow.Verdict.SKIPPED, fm15.verdict());
        assertEquals("why 0", fm15.detail());
        assertEquals(ReadinessRow.Verdict.NOT_RUN, ReadinessRow.of(catalogue.entry("FM-01").orElseThrow(),
                results.scenarios()).verdict());

        List<String> missing = CatalogueCoverage.uncovered(catalogue, results);
        assertEquals(24, missing.size(), String.join("\n", missing));
        assertTrue(missing.stream().anyMatch(m -> m.startsWith("FM-13") && m.contains("failed")));
        assertTrue(missing.stream().anyMatch(m -> m.startsWith("FM-25") && m.contains("every scenario was skipped")));
        assertTrue(missing.stream().anyMatch(m -> m.startsWith("FM-22") && m.contains("no scenario is tagged @FM-22")));
        assertTrue(missing.stream().noneMatch(m -> m.startsWith("FM-17")));
    }
}
