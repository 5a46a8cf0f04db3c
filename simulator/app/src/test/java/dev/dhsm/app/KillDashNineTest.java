package dev.dhsm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.dhsm.model.Appliance;
import dev.dhsm.model.ApplianceState;
import dev.dhsm.model.ManualClock;
import dev.dhsm.model.StateSink;
import dev.dhsm.model.SyslogEntry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Once {@link FileStateStore#save} has returned, the change survives the process being killed outright. */
class KillDashNineTest {
    private static final int KILL_AFTER = 25;
    private static final long WAIT_SECONDS = 60;

    @TempDir
    Path dataDir;

    private String childStderr() {
        try {
            return java.nio.file.Files.readString(dataDir.resolve("child-stderr.txt"));
        } catch (IOException e) {
            return "(no stderr: " + e.getMessage() + ")";
        }
    }

    static String change(int i) {
        return "acknowledged change #" + i + ";";
    }

    @Test
    void everyAcknowledgedChangeSurvivesKill9() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StateWriterChild.class.getName(),
                dataDir.toString(), "1000000")
                .redirectError(dataDir.resolve("child-stderr.txt").toFile())
                .start();
        int lastAck = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            LineReader lines = new LineReader(out);
            assertEquals("ready", lines.next(WAIT_SECONDS), this::childStderr);
            while (lastAck < KILL_AFTER) {
                lastAck = ack(lines.next(WAIT_SECONDS));
            }
            child.destroyForcibly();
            assertTrue(child.waitFor(WAIT_SECONDS, TimeUnit.SECONDS), "the child did not die");
            for (String line = lines.next(WAIT_SECONDS); line != null; line = lines.next(WAIT_SECONDS)) {
                lastAck = ack(line);
            }
        } finally {
            child.destroyForcibly();
        }
        assertTrue(lastAck >= KILL_AFTER);

        ApplianceState state = new FileStateStore(dataDir).load("hsm1").orElseThrow();
        Appliance back = Appliance.fromState(state, ManualClock.startingAt("2025-03-01T10:00:00Z"),
                StateSink.NONE, new FakeFileArea());
        List<SyslogEntry> entries = back.transact(tx -> tx.syslog().tail("lunalogs", 100_000, "acknowledged"));
        Set<String> present = new HashSet<>();
        entries.forEach(e -> present.add(e.message()));
        for (int i = 1; i <= lastAck; i++) {
            if (!present.contains(change(i))) {
                fail("acknowledged change " + i + " of " + lastAck + " was lost");
            }
        }
    }

    private static int ack(String line) {
        assertNotNull(line, "the child stopped before the kill");
        assertTrue(line.startsWith("ack "), line);
        return Integer.parseInt(line.substring(4));
    }

    /** Reads the child's lines on a daemon thread so that every wait for one is bounded. */
    private static final class LineReader {
        private static final String EOF = "\u0000eof";
        private final java.util.concurrent.BlockingQueue<String> queue = new java.util.concurrent.LinkedBlockingQueue<>();

        LineReader(BufferedReader in) {
            Thread reader = new Thread(() -> {
                try {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        queue.add(line);
                    }
                } catch (IOException e) {
                    // the stream ends with the child
                } finally {
                    queue.add(EOF);
                }
            }, "child-stdout");
            reader.setDaemon(true);
            reader.start();
        }

        /** The next line, or null at the end of the child's output; fails when none comes in time. */
        String next(long seconds) throws InterruptedException {
            String line = queue.poll(seconds, TimeUnit.SECONDS);
            if (line == null) {
                fail("no output from the child within " + seconds + " s");
            }
            return EOF.equals(line) ? null : line;
        }
    }
}
