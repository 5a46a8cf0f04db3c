package dev.dhsm.client.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dhsm.client.lunacm.Lunacm;
import dev.dhsm.client.lunacm.StreamShellIO;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs LunaCM lines for the end-to-end tests, with answers on standard input. */
final class LunacmLines {
    private LunacmLines() {
    }

    /** Runs one line; answers what LunaCM printed. */
    static String run(Lunacm lunacm, String line, String... answers) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String input = answers.length == 0 ? "" : String.join("\n", answers) + "\n";
        StreamShellIO io = new StreamShellIO(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        lunacm.execute(io, line);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** As {@link #run}, asserting the line ended with {@code Command Result : No Error}. */
    static String ok(Lunacm lunacm, String line, String... answers) {
        String out = run(lunacm, line, answers);
        assertTrue(out.endsWith("Command Result : No Error\n"), line + ":\n" + out);
        return out;
    }
}
