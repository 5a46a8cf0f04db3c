package dev.dhsm.appliance.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dhsm.appliance.files.DirectoryFileArea;
import dev.dhsm.appliance.lunash.Lunash;
import dev.dhsm.appliance.transport.Transcript;
import dev.dhsm.model.Appliance;
import dev.dhsm.model.ApplianceConfig;
import dev.dhsm.model.Channel;
import dev.dhsm.model.LoginOutcome;
import dev.dhsm.model.ManualClock;
import dev.dhsm.model.StateSink;
import dev.dhsm.model.Versions;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The serial console over raw TCP, driven the way {@code nc} would: a plain socket, no telnet. */
@Timeout(60)
class ConsoleListenerTest {
    static final Pattern RESULT = Pattern.compile("Command Result : \\d+ \\(.+?\\)");
    static final String PROMPT = "[local_host] lunash:>";
    static final String NEW_PASSWORD = "Console#Pass1";

    @TempDir
    Path tempDir;
    Appliance appliance;
    Lunash lunash;
    ConsoleListener console;

    @BeforeEach
    void start() throws IOException {
        appliance = Appliance.factoryNew(ApplianceConfig.azure("t1", "572413"),
                ManualClock.startingAt("2026-01-01T00:00:00Z"), StateSink.NONE, new DirectoryFileArea(tempDir));
        lunash = new Lunash(appliance);
        console = ConsoleListener.start(lunash, new InetSocketAddress("127.0.0.1", 0));
    }

    @AfterEach
    void stop() {
        console.close();
    }

    /** One terminal on the console line. */
    final class Line implements AutoCloseable {
        final Socket socket = new Socket();
        final Transcript screen;
        final OutputStream keys;

        Line() throws IOException {
            socket.connect(console.address(), 10_000);
            screen = Transcript.pumping(socket.getInputStream());
            keys = socket.getOutputStream();
        }

        void type(String text) throws IOException {
            send(text.getBytes(StandardCharsets.UTF_8));
        }

        void send(byte[] bytes) throws IOException {
            keys.write(bytes);
            keys.flush();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    @Test
    void firstLoginChangesThePasswordRunsACommandAndReturnsToTheLoginPrompt() throws IOException {
        try (Line line = new Line()) {
            line.screen.await("login as: ");
            line.type("tenantadmin\r\n");
            line.screen.await("Password: ");
            line.type("PASSWORD\r\n");
            assertTrue(line.screen.await("New password: ").contains(Versions.BANNER));
            line.type(NEW_PASSWORD + "\r");
            line.screen.await("Retype new password: ");
            line.type(NEW_PASSWORD + "\n");
            line.screen.await("Password change successful.");
            line.screen.await(PROMPT);
            line.type("hsm show\r\n");
            String output = line.screen.await(RESULT);
            assertTrue(output.contains("\r\n"), "console lines end in CR LF");
            assertFalse(output.replace("\r\n", "").contains("\n"), "no bare LF on the console");
            line.screen.await(PROMPT);
            assertEquals(1, appliance.sessions().size());
            line.type("exit\r\n");
            line.screen.await("login as: ");
            assertTrue(appliance.sessions().isEmpty(), "the shell's session ended when it exited");
            assertFalse(line.screen.text().contains(NEW_PASSWORD), "nothing typed is echoed");
            assertEquals(LoginOutcome.Kind.ACCEPTED,
                    appliance.login("tenantadmin", NEW_PASSWORD, Channel.SSH, "test").kind());
        }
    }

    @Test
    void garbageAndOverLongLinesLeaveTheSessionUsable() throws IOException {
        try (Line line = new Line()) {
            logInAfterChange(line);
            line.send(new byte[] {(byte) 0xFF, (byte) 0xFB, 0x01, (byte) 0xC3, 0x28, 0x00, 0x07, 0x1B, '[', 'A',
                    (byte) 0x80, (byte) 0xFE, '\r', '\n'});
            line.screen.await(RESULT);
            line.screen.await(PROMPT);
            line.type("x".repeat(5000) + "\r\n");
            line.screen.await("Error:  Input line too long (maximum 1024 characters).");
            line.screen.await(PROMPT);
            line.type("hsm shoX\bw\r\n");
            assertTrue(line.screen.await(RESULT).contains("Command Result : 0 (Success)"),
                    "backspace edited the line into 'hsm show'");
            line.screen.await(PROMPT);
            line.type("exit\r");
            line.screen.await("login as: ");
        }
    }

    @Test
    void recoverResetsTheAdminPasswordToTheFactoryDefault() throws IOException {
        try (Line line = new Line()) {
            logInAfterChange(line);
            line.type("exit\r\n");
            line.screen.await("login as: ");
            line.type("recover\r\n");
            line.screen.await("Password: ");
            line.type("PASSWORD\r\n");
            String notice = line.screen.await("login as: ");
            assertTrue(notice.contains("reset to the factory default (PASSWORD)"), notice);
            assertTrue(notice.contains("changed at the next login"), notice);
            line.type("tenantadmin\r\n");
            line.screen.await("Password: ");
            line.type("PASSWORD\r\n");
            line.screen.await("New password: ");
        }
    }

    @Test
    void threeBadLoginsInARowDropTheLine() throws IOException {
        try (Line line = new Line()) {
            for (int i = 0; i < 3; i++) {
                line.screen.await("login as: ");
                line.type("tenantadmin\n");
                line.screen.await("Password: ");
                line.type("wrong" + i + "\n");
                line.screen.await("Login incorrect");
            }
            line.screen.awaitEnd();
            assertTrue(appliance.sessions().isEmpty());
        }
    }

    @Test
    void aHangUpInTheShellEndsTheSession() throws IOException {
        Line line = new Line();
        logInAfterChange(line);
        assertEquals(1, appliance.sessions().size());
        line.close();
        Transcript.awaitTrue("the console session ended", () -> appliance.sessions().isEmpty());
        try (Line again = new Line()) {
            again.screen.await("login as: ");
        }
    }

    @Test
    void closingTheListenerEndsEveryShell() throws IOException {
        try (Line line = new Line()) {
            logInAfterChange(line);
            console.close();
            assertTrue(appliance.sessions().isEmpty(), "close() returns after the shells have ended");
            line.screen.awaitEnd();
        }
    }

    private void logInAfterChange(Line line) throws IOException {
        line.screen.await("login as: ");
        line.type("tenantadmin\r\n");
        line.screen.await("Password: ");
        line.type("PASSWORD\r\n");
        line.screen.await("New password: ");
        line.type(NEW_PASSWORD + "\r\n");
        line.screen.await("Retype new password: ");
        line.type(NEW_PASSWORD + "\r\n");
        line.screen.await(PROMPT);
    }
}
