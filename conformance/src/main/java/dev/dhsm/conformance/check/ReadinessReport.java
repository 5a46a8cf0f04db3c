package dev.dhsm.conformance.check;

import dev.dhsm.conformance.catalogue.Catalogue;
import dev.dhsm.conformance.catalogue.CatalogueEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The go-live readiness summary of a run: the device it tested (serial, software, firmware) at the top, then one
 * row per catalogue entry (FM-01..FM-25) with its verdict and the detail a team needs to act on it, written as
 * Markdown and as HTML.
 */
public final class ReadinessReport {
    private final TargetIdentity identity;
    private final List<ReadinessRow> rows;
    private final Instant finishedAt;
    private final String settings;
    private final List<ScenarioResult> scenarios;

    public ReadinessReport(TargetIdentity identity, List<ReadinessRow> rows, Instant finishedAt, String settings,
            List<ScenarioResult> scenarios) {
        this.identity = identity;
        this.rows = List.copyOf(rows);
        this.scenarios = List.copyOf(scenarios);
        this.finishedAt = finishedAt;
        this.settings = settings;
    }

    /** One row per entry of {@code catalogue}, from the run's scenario results. */
    public static ReadinessReport of(TargetIdentity identity, Catalogue catalogue, RunResults results, Instant at,
            String settings) {
        List<ReadinessRow> rows = new ArrayList<>();
        for (CatalogueEntry e : catalogue.entries()) {
            rows.add(ReadinessRow.of(e, results.scenarios()));
        }
        return new ReadinessReport(identity, rows, at, settings, results.scenarios());
    }

    public List<ReadinessRow> rows() {
        return rows;
    }

    private long count(ReadinessRow.Verdict v) {
        return rows.stream().filter(r -> r.verdict() == v).count();
    }

    public String markdown() {
        StringBuilder md = new StringBuilder("# Go-live readiness\n\n");
        md.append("| | |\n|---|---|\n");
        md.append("| Target | ").append(cell(identity.target())).append(" |\n");
        md.append("| HSM serial | ").append(cell(identity.serial())).append(" |\n");
        md.append("| Appliance software | ").append(cell(identity.software())).append(" |\n");
        md.append("| Firmware | ").append(cell(identity.firmware())).append(" |\n");
        identity.problem().ifPresent(p -> md.append("| Identity not read | ").append(cell(p)).append(" |\n"));
        md.append("| Run | ").append(cell(settings)).append(", finished ").append(finishedAt).append(" |\n");
        md.append("| Totals | ").append(totals()).append(" |\n\n");
        md.append("| ID | Failure mode | Result | Detail |\n|---|---|---|---|\n");
        for (ReadinessRow r : rows) {
            md.append("| ").append(r.entry().id()).append(" | ").append(cell(r.entry().title())).append(" | ")
                    .append(r.verdict() == ReadinessRow.Verdict.FAILED ? "**failed**" : word(r.verdict())).append(" | ").append(cell(r.detail())).append(" |\n");
        }
        md.append("\n## Scenarios\n\n| Result | IDs | Scenario | Feature | Why |\n|---|---|---|---|---|\n");
        for (ScenarioResult r : scenarios) {
            md.append("| ").append(r.status().toLowerCase(java.util.Locale.ROOT)).append(" | ")
                    .append(String.join(" ", r.catalogueIds())).append(" | ").append(cell(r.name())).append(" | ")
                    .append(cell(shortUri(r.uri()))).append(" | ").append(cell(why(r))).append(" |\n");
        }
        return md.toString();
    }

    private static String why(ScenarioResult r) {
        if (r.passed()) {
            return "";
        }
        return (r.failed() ? "at \"" + r.step().orElse("?") + "\": " : "") + r.message().orElse("");
    }

    /** The feature's path from {@code features/} on, as the bundled suite and a checkout both name it. */
    private static String shortUri(String uri) {
        int at = uri.lastIndexOf("features/");
        return at < 0 ? uri : uri.substring(at);
    }

    public String html() {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Go-live readiness</title><style>body{font-family:sans-serif;margin:2em}"
                + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;vertical-align:top;text-align:left}"
                + ".PASSED{background:#dfd}.FAILED{background:#fdd}.SKIPPED{background:#ffd}.NOT_RUN{background:#eee}"
                + "pre{white-space:pre-wrap;margin:0}</style></head><body>\n<h1>Go-live readiness</h1>\n<table>\n");
        row(h, "Target", identity.target());
        row(h, "HSM serial", identity.serial());
        row(h, "Appliance software", identity.software());
        row(h, "Firmware", identity.firmware());
        identity.problem().ifPresent(p -> row(h, "Identity not read", p));
        row(h, "Run", settings + ", finished " + finishedAt);
        row(h, "Totals", totals());
        h.append("</table>\n<h2>Catalogue</h2>\n<table>\n<tr><th>ID</th><th>Failure mode</th><th>Result</th>"
                + "<th>Detail</th></tr>\n");
        for (ReadinessRow r : rows) {
            h.append("<tr class=\"").append(r.verdict()).append("\"><td>").append(r.entry().id()).append("</td><td>")
                    .append(escape(r.entry().title())).append("</td><td>").append(word(r.verdict()))
                    .append("</td><td><pre>").append(escape(r.detail())).append("</pre></td></tr>\n");
        }
        h.append("</table>\n<h2>Scenarios</h2>\n<table>\n<tr><th>Result</th><th>IDs</th><th>Scenario</th>"
                + "<th>Feature</th><th>Why</th></tr>\n");
        for (ScenarioResult r : scenarios) {
            String cls = r.passed() ? "PASSED" : r.skipped() ? "SKIPPED" : "FAILED";
            h.append("<tr class=\"").append(cls).append("\"><td>").append(r.status().toLowerCase(java.util.Locale.ROOT))
                    .append("</td><td>").append(String.join(" ", r.catalogueIds())).append("</td><td>")
                    .append(escape(r.name())).append("</td><td>").append(escape(shortUri(r.uri()))).append("</td><td><pre>")
                    .append(escape(why(r))).append("</pre></td></tr>\n");
        }
        return h.append("</table>\n</body></html>\n").toString();
    }

    /** Writes {@code readiness.md} and {@code readiness.html} into {@code dir}. */
    public void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("readiness.md"), markdown());
        Files.writeString(dir.resolve("readiness.html"), html());
    }

    private String totals() {
        return count(ReadinessRow.Verdict.PASSED) + " passed, " + count(ReadinessRow.Verdict.FAILED) + " failed, "
                + count(ReadinessRow.Verdict.SKIPPED) + " skipped, " + count(ReadinessRow.Verdict.NOT_RUN) + " not run";
    }

    private static void row(StringBuilder h, String label, String value) {
        h.append("<tr><th>").append(escape(label)).append("</th><td>").append(escape(value)).append("</td></tr>\n");
    }

    private static String word(ReadinessRow.Verdict v) {
        return switch (v) {
            case PASSED -> "passed";
            case FAILED -> "failed";
            case SKIPPED -> "skipped";
            case NOT_RUN -> "not run";
        };
    }

    /** A Markdown table cell: pipes escaped, line breaks as {@code <br>}. */
    static String cell(String text) {
        return text.replace("|", "\\|").replace("\r", "").strip().replace("\n", "<br>");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
