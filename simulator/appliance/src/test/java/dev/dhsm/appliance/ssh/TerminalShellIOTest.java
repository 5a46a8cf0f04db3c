package dev.dhsm.appliance.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dhsm.appliance.files.DirectoryFileArea;
import dev.dhsm.appliance.lunash.Lunash;
import dev.dhsm.appliance.transport.Transcript;
import dev.dhsm.model.Appliance;
import dev.dhsm.model.ApplianceConfig;
import dev.dhsm.model.ManualClock;
import dev.dhsm.model.StateSink;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Size;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The pseudo-terminal side of lunash over SSH, on in-memory streams: what the keys do and what shows. */
@Timeout(60)
class TerminalShellIOTest {
    @TempDir
    static Path tempDir;
    static Lunash lunash;

    PipedOutputStream keys;
    Transcript screen;
    TerminalShellIO io;

    @BeforeAll
    static void appliance() {
        lunash = new Lunash(Appliance.factoryNew(ApplianceConfig.azure("t1", "572413"),
                ManualClock.startingAt("2026-01-01T00:00:00Z"), StateSink.NONE, new DirectoryFileArea(tempDir)));
    }

    @BeforeEach
    void terminal() throws IOException {
        keys = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(keys, 64 * 1024);
        screen = new Transcript();
        io = TerminalShellIO.open(in, screen, "xterm", new Size(80, 24), Map.of(), lunash);
    }

    @AfterEach
    void close() throws IOException {
        io.close();
        keys.close();
    }

    private void type(String text) throws IOException {
        keys.write(text.getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }

    @Test
    void aSecretIsMaskedAndReturnedExactlyAsTyped() throws IOException {
        String secret = "Pa\"ss!w0rd\\x 'q";
        type(secret + "\r");
        assertEquals(secret, io.readSecret("New password: "));
        String shown = screen.text();
        assertTrue(shown.contains("*".repeat(secret.length())), shown);
        assertFalse(shown.contains("w0rd"), "the secret never shows in the clear");
    }

    @Test
    void aSecretTypedAheadOfItsPromptIsNotEchoed() throws IOException {
        type("Typed#Ahead1\r");
        assertEquals("Typed#Ahead1", io.readSecret("Password: "));
        assertFalse(screen.text().contains("Ahead"), screen.text());
    }

    @Test
    void secretsStayOutOfTheHistory() throws IOException {
        type("hsm show\r");
        assertEquals("hsm show", io.readLine("> "));
        type("Secret#123\r");
        assertEquals("Secret#123", io.readSecret("  > "));
        type("\u001B[A\r");
        assertEquals("hsm show", io.readLine("> "), "up-arrow recalls the command, not the password");
        type("\u001BOA\u001BOA\r");
        assertEquals("hsm show", io.readLine("> "), "in application keypad mode too");
    }

    @Test
    void ctrlCGivesAnEmptyLineAndCtrlDEndsInput() throws Exception {
        CompletableFuture<String> interrupted = CompletableFuture.supplyAsync(() -> io.readLine("one> "));
        screen.await("one> ");
        type("hsm sh");
        screen.await("hsm sh");
        type("\u0003");
        assertEquals("", interrupted.get(Transcript.WAIT.toSeconds(), TimeUnit.SECONDS));

        CompletableFuture<String> ended = CompletableFuture.supplyAsync(() -> io.readLine("two> "));
        screen.await("two> ");
        type("\u0004");
        assertNull(ended.get(Transcript.WAIT.toSeconds(), TimeUnit.SECONDS));
    }

    @Test
    void tabCompletesCommandWords() throws IOException {
        type("hs\tsho\t\r");
        String line = io.readLine("> ");
        assertTrue(line.startsWith("hsm sho"), line);
    }

    @Test
    void noKeypadOrMouseSequencesAroundTheLine() throws IOException {
        type("hsm show\r");
        io.readLine("[local_host] lunash:>");
        String shown = screen.text();
        assertFalse(shown.contains("\u001B[?1h") || shown.contains("\u001B="), shown);
        assertFalse(shown.contains("\u001B[?1000l"), shown);
        assertTrue(shown.startsWith("[local_host] lunash:>hsm show"), shown);
    }

    @ParameterizedTest
    @ValueSource(strings = {"xterm-kitty", "dumb", "screen-256color", "", "no such terminal"})
    void anyTerminalTypeTheClientNamesWorks(String type) throws IOException {
        PipedOutputStream otherKeys = new PipedOutputStream();
        Transcript otherScreen = new Transcript();
        try (TerminalShellIO other = TerminalShellIO.open(new PipedInputStream(otherKeys, 4096), otherScreen, type,
                new Size(80, 24), Map.of(), lunash)) {
            otherKeys.write("hsm show\rS3cret!pw\r".getBytes(StandardCharsets.UTF_8));
            otherKeys.flush();
            assertEquals("hsm show", other.readLine("lunash:>"));
            assertEquals("S3cret!pw", other.readSecret("Password: "));
            assertFalse(otherScreen.text().contains("S3cret"), otherScreen.text());
        } finally {
            otherKeys.close();
        }
    }

    @Test
    void newlinesGoOutAsCarriageReturnLineFeed() {
        io.println("one");
        io.flush();
        assertTrue(screen.text().contains("one\r\n"), screen.text());
        assertTrue(io.interactive());
    }
}
