package dev.dhsm.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Design rules 1 and 7 on this module's sources: steps speak the domain (no simulator imports, no sockets),
 * only the emulator target reaches into the simulator, and nothing sleeps.
 */
class DesignRulesTest {
    private static final Path MAIN = Paths.get("src/main/java/dev/dhsm/conformance");
    private static final Pattern SIMULATOR = Pattern.compile("(?m)^import\\s+(static\\s+)?dev\\.dhsm\\.(model|appliance|app)\\.");
    /** Drivers may use the emulated client (design §2: conformance → client); steps and readers may not. */
    private static final Pattern CLIENT = Pattern.compile("(?m)^import\\s+(static\\s+)?dev\\.dhsm\\.(client|wire)\\.");
    private static final Pattern WIRE = Pattern.compile("java\\.net\\.|org\\.apache\\.sshd\\.|java\\.nio\\.channels\\.");
    private static final Pattern SLEEP = Pattern.compile("Thread\\.sleep|TimeUnit\\.[A-Z]+\\.sleep");

    @Test
    void stepsNeitherImportTheSimulatorNorTouchTheWire() throws IOException {
        assertEquals(List.of(), offenders(MAIN.resolve("steps"), SIMULATOR));
        assertEquals(List.of(), offenders(MAIN.resolve("steps"), WIRE));
        assertEquals(List.of(), offenders(MAIN.resolve("lunash"), WIRE));
        assertEquals(List.of(), offenders(MAIN.resolve("steps"), CLIENT));
        assertEquals(List.of(), offenders(MAIN.resolve("lunacm"), CLIENT));
        assertEquals(List.of(), offenders(MAIN.resolve("lunacm"), WIRE));
        assertEquals(List.of(), offenders(MAIN.resolve("arm"), WIRE));
        assertEquals(List.of(), offenders(MAIN.resolve("arm"), SIMULATOR));
        assertEquals(List.of(), offenders(MAIN.resolve("target"), CLIENT).stream()
                .filter(f -> !f.startsWith("target/emulator/")).toList());
    }

    @Test
    void onlyTheEmulatorTargetImportsTheSimulator() throws IOException {
        List<String> found = offenders(MAIN, SIMULATOR);
        assertTrue(found.contains("target/emulator/EmulatorTarget.java"), "the import check finds nothing: " + found);
        found.removeIf(f -> f.startsWith("target/emulator/"));
        // dhsm check joins the app's command line through its one extension point, and nothing more.
        found.remove("check/CheckCommand.java");
        assertTrue(Files.readString(MAIN.resolve("check/CheckCommand.java")).lines()
                .filter(l -> SIMULATOR.matcher(l).find()).allMatch(l -> l.equals("import dev.dhsm.app.PluggableCommand;")));
        assertEquals(List.of(), found);
    }

    /**
     * Nothing sleeps, except the real-subscription pacing of ARM polls: a real deployment takes real minutes
     * (design rule 1 allows waiting on the wall clock in drivers); the emulator's pacing moves its virtual clock.
     */
    @Test
    void nothingSleeps() throws IOException {
        assertEquals(List.of("driver/RealTimePacing.java"), offenders(MAIN, SLEEP));
    }

    private static List<String> offenders(Path root, Pattern forbidden) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                if (forbidden.matcher(Files.readString(f)).find()) {
                    out.add(MAIN.relativize(f).toString().replace('\\', '/'));
                }
            }
        }
        return out;
    }
}
