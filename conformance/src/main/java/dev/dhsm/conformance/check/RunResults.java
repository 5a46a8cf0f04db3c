package dev.dhsm.conformance.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A finished run read back from the Cucumber messages it wrote (NDJSON: one envelope per line): each scenario's
 * pickle (name, tags, steps), its test case and the results of its steps. The worst step result decides a
 * scenario's status, as Cucumber decides it; a retried attempt is replaced by the next one.
 */
public final class RunResults {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SEVERITY = List.of("UNKNOWN", "PASSED", "SKIPPED", "PENDING", "UNDEFINED",
            "AMBIGUOUS", "FAILED");

    private final List<ScenarioResult> scenarios;

    private RunResults(List<ScenarioResult> scenarios) {
        this.scenarios = List.copyOf(scenarios);
    }

    public List<ScenarioResult> scenarios() {
        return scenarios;
    }

    public static RunResults read(Path ndjson) {
        if (!Files.exists(ndjson)) {
            throw new IllegalStateException("no Cucumber messages at " + ndjson + ": did the run write them?");
        }
        try (BufferedReader in = Files.newBufferedReader(ndjson, StandardCharsets.UTF_8)) {
            return parse(in.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ndjson, e);
        }
    }

    /** Builds the results from the envelopes, in the order they were written. */
    static RunResults parse(List<String> lines) {
        Map<String, JsonNode> pickles = new HashMap<>();
        Map<String, String> pickleStepText = new HashMap<>();
        Map<String, JsonNode> testCases = new HashMap<>();
        Map<String, String> testStepText = new HashMap<>();
        Map<String, Attempt> attempts = new LinkedHashMap<>();
        Map<String, Attempt> byPickle = new LinkedHashMap<>();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode e = tree(line);
            if (e.has("pickle")) {
                JsonNode p = e.get("pickle");
                pickles.put(p.path("id").asText(), p);
                p.path("steps").forEach(s -> pickleStepText.put(s.path("id").asText(), s.path("text").asText()));
            } else if (e.has("testCase")) {
                JsonNode tc = e.get("testCase");
                testCases.put(tc.path("id").asText(), tc);
                tc.path("testSteps").forEach(s -> testStepText.put(s.path("id").asText(),
                        s.has("pickleStepId") ? pickleStepText.getOrDefault(s.path("pickleStepId").asText(), "?")
                                : "(hook)"));
            } else if (e.has("testCaseStarted")) {
                JsonNode started = e.get("testCaseStarted");
                String pickleId = testCases.get(started.path("testCaseId").asText()).path("pickleId").asText();
                Attempt a = new Attempt(pickleId);
                attempts.put(started.path("id").asText(), a);
                byPickle.put(pickleId, a);
            } else if (e.has("testStepFinished")) {
                JsonNode f = e.get("testStepFinished");
                Attempt a = attempts.get(f.path("testCaseStartedId").asText());
                if (a != null) {
                    a.step(testStepText.getOrDefault(f.path("testStepId").asText(), "?"), f.path("testStepResult"));
                }
            }
        }
        List<ScenarioResult> out = new ArrayList<>();
        for (Attempt a : byPickle.values()) {
            JsonNode p = pickles.get(a.pickleId);
            List<String> tags = new ArrayList<>();
            p.path("tags").forEach(t -> tags.add(t.path("name").asText()));
            out.add(new ScenarioResult(p.path("name").asText(), p.path("uri").asText(), tags, a.status,
                    Optional.ofNullable(a.step), Optional.ofNullable(a.message)));
        }
        return new RunResults(out);
    }

    private static JsonNode tree(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new IllegalStateException("not a Cucumber message: " + line.substring(0, Math.min(80, line.length())), e);
        }
    }

    /** One attempt at a scenario: the worst step result so far, and the step that gave it. */
    private static final class Attempt {
        final String pickleId;
        String status = "UNKNOWN";
        String step;
        String message;

        Attempt(String pickleId) {
            this.pickleId = pickleId;
        }

        void step(String text, JsonNode result) {
            String s = result.path("status").asText("UNKNOWN");
            if (SEVERITY.indexOf(s) > SEVERITY.indexOf(status)) {
                status = s;
                step = text;
                JsonNode exception = result.path("exception");
                String m = exception.hasNonNull("message") ? exception.get("message").asText()
                        : result.path("message").asText(null);
                message = m == null ? null : firstLines(m);
            }
        }

        /** The message without the stack trace that follows it. */
        private static String firstLines(String m) {
            StringBuilder kept = new StringBuilder();
            for (String l : m.split("\n")) {
                if (l.startsWith("\tat ") || l.strip().startsWith("at ") && l.contains("(")) {
                    break;
                }
                kept.append(l).append('\n');
            }
            return kept.toString().strip();
        }
    }
}
