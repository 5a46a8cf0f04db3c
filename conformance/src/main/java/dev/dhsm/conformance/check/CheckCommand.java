package dev.dhsm.conformance.check;

import dev.dhsm.app.PluggableCommand;
import dev.dhsm.conformance.target.TargetException;
import dev.dhsm.conformance.target.file.TargetFileException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dhsm check}: runs the conformance suite against the target a target file names (the emulator, a remote
 * {@code dhsm serve}, or a real appliance) and writes the reports, including the go-live readiness summary. Exit
 * status 0 when nothing failed, 1 when a scenario failed, 2 when the run could not start.
 */
@Command(name = "check", mixinStandardHelpOptions = true, description = {
    "Runs the conformance suite (FM-01..FM-25) against a target and writes the reports.",
    "Exit status: 0 nothing failed, 1 a scenario failed, 2 the run could not start (see docs/check.md)."})
public final class CheckCommand implements Callable<Integer>, PluggableCommand {
    @Option(names = "--target", paramLabel = "FILE",
            description = "Target file (YAML); without it, the in-process emulator.")
    Path target;

    @Option(names = "--tags", paramLabel = "EXPR", description = "Cucumber tag expression, e.g. '@FM-17 or @FM-25'.")
    String tags;

    @Option(names = "--allow-guarded", description = "On an appliance, also run @guarded scenarios.")
    boolean allowGuarded;

    @Option(names = "--allow-destructive",
            description = "On an appliance whose target file says 'disposable: true', also run @destructive scenarios.")
    boolean allowDestructive;

    @Option(names = "--parallel", paramLabel = "N", defaultValue = "1",
            description = "Scenarios at a time on the in-process emulator (default ${DEFAULT-VALUE}).")
    int parallel;

    @Option(names = "--report", paramLabel = "DIR", required = true, description = "Folder for the reports.")
    Path report;

    @Option(names = "--features", paramLabel = "DIR", description = "Run the features in DIR instead of the bundled ones.")
    Path features;

    @Override
    public Integer call() throws IOException {
        try {
            CheckOptions options = new CheckOptions(Optional.ofNullable(target), Optional.ofNullable(tags),
                    allowGuarded, allowDestructive, parallel, report, Optional.ofNullable(features));
            return new CheckRun(options, System.out).run();
        } catch (TargetFileException | TargetException | IllegalArgumentException e) {
            System.err.println("dhsm check: " + e.getMessage());
            return CheckRun.REFUSED;
        }
    }
}
