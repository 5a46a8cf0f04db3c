package dev.dhsm.conformance.check;

import dev.dhsm.conformance.catalogue.Catalogue;
import dev.dhsm.conformance.target.Target;
import dev.dhsm.conformance.target.TargetFactory;
import dev.dhsm.conformance.target.file.HazardGate;
import dev.dhsm.conformance.target.file.TargetFile;
import dev.dhsm.conformance.target.file.TargetFileReader;
import dev.dhsm.conformance.target.file.TargetKind;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One conformance run as {@code dhsm check} makes it: reads the target file, reads the device's identity, runs the
 * scenarios through Cucumber (in parallel only on the in-process emulator, where each scenario has its own
 * appliance; one at a time on anything shared), and writes the reports: Cucumber's HTML, JUnit XML and messages,
 * and the go-live readiness summary.
 */
public final class CheckRun {
    /** Exit status: every scenario passed or was skipped. */
    public static final int OK = 0;
    /** Exit status: a scenario failed (or a step was undefined, pending or ambiguous). */
    public static final int FAILED = 1;
    /** Exit status: the run could not start (a refused target file, an unusable report folder). */
    public static final int REFUSED = 2;

    private final CheckOptions options;
    private final PrintStream out;

    public CheckRun(CheckOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    /** Runs the check and answers its exit status. */
    public int run() throws IOException {
        TargetFile file = options.targetFile().map(TargetFileReader::read).orElse(TargetFile.emulator());
        HazardGate gate = HazardGate.of(file, options.allowGuarded(), options.allowDestructive());
        int threads = file.kind() == TargetKind.EMULATOR ? options.parallel() : 1;
        if (threads < options.parallel()) {
            out.println("dhsm check: " + file.kind().word() + " is one shared device: its scenarios run one at a time");
        }
        options.features().filter(f -> !Files.exists(f)).ifPresent(f -> {
            throw new IllegalArgumentException("no features at " + f);
        });
        Path reports = options.reportDir().toAbsolutePath();
        Files.createDirectories(reports);
        Files.deleteIfExists(reports.resolve("cucumber.ndjson"));
        TargetIdentity identity;
        try (Target target = new TargetFactory(file, gate).open()) {
            identity = TargetIdentity.probe(target);
        }
        out.println("dhsm check: " + identity.target() + ": serial " + identity.serial() + ", software "
                + identity.software() + ", firmware " + identity.firmware());
        Map<String, String> saved = setProperties(file, gate);
        byte status;
        try {
            status = io.cucumber.core.cli.Main.run(cucumberArguments(reports, threads).toArray(new String[0]),
                    Thread.currentThread().getContextClassLoader());
        } finally {
            restore(saved);
        }
        RunResults results = RunResults.read(reports.resolve("cucumber.ndjson"));
        ReadinessReport report = ReadinessReport.of(identity, Catalogue.standard(), results, Instant.now(),
                options.describe(threads));
        report.write(reports);
        out.println("dhsm check: reports in " + reports + " (readiness.html, readiness.md, cucumber.html, "
                + "cucumber.xml, cucumber.ndjson)");
        boolean anyFailed = results.scenarios().stream().anyMatch(ScenarioResult::failed);
        return anyFailed || status != 0 ? FAILED : OK;
    }

    List<String> cucumberArguments(Path reports, int threads) {
        List<String> args = new ArrayList<>(List.of("--glue", "dev.dhsm.conformance.steps",
                "--plugin", "html:" + reports.resolve("cucumber.html"),
                "--plugin", "junit:" + reports.resolve("cucumber.xml"),
                "--plugin", "message:" + reports.resolve("cucumber.ndjson"),
                "--plugin", ProgressPlugin.class.getName(),
                "--monochrome", "--threads", String.valueOf(threads)));
        options.tags().ifPresent(t -> {
            args.add("--tags");
            args.add(t);
        });
        args.add(options.features().map(p -> p.toAbsolutePath().toString()).orElse(CheckOptions.BUNDLED_FEATURES));
        return args;
    }

    private Map<String, String> setProperties(TargetFile file, HazardGate gate) {
        Map<String, String> values = new HashMap<>();
        values.put(TargetFactory.PROPERTY, file.kind() == TargetKind.EMULATOR && options.targetFile().isEmpty()
                ? "emulator" : file.source().toAbsolutePath().toString());
        values.put(TargetFactory.ALLOW_GUARDED, String.valueOf(gate.allowGuarded()));
        values.put(TargetFactory.ALLOW_DESTRUCTIVE, String.valueOf(gate.allowDestructive()));
        values.put("cucumber.publish.quiet", "true");
        Map<String, String> saved = new HashMap<>();
        values.forEach((k, v) -> {
            saved.put(k, System.getProperty(k));
            System.setProperty(k, v);
        });
        return saved;
    }

    private static void restore(Map<String, String> saved) {
        saved.forEach((k, v) -> {
            if (v == null) {
                System.clearProperty(k);
            } else {
                System.setProperty(k, v);
            }
        });
    }
}
