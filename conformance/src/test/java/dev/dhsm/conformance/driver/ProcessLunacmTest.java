package dev.dhsm.conformance.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dhsm.conformance.target.Account;
import dev.dhsm.conformance.target.Answers;
import dev.dhsm.conformance.target.LunacmResponse;
import dev.dhsm.conformance.target.LunashSession;
import dev.dhsm.conformance.target.TargetException;
import dev.dhsm.conformance.target.emulator.EmulatorTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The process driver for a real {@code lunacm} binary, pointed at {@code dhsm lunacm} (which behaves like it) in a
 * separate JVM: the prompt, questions answered from the step's answers, the result line, and a question nobody
 * answered failing the command with the output so far.
 */
class ProcessLunacmTest {
    private static final String ADMIN_PASSWORD = "Process-Admin-1x!";
    private static EmulatorTarget appliance;

    @TempDir
    static Path home;

    @BeforeAll
    static void powerOn() {
        appliance = EmulatorTarget.start();
        try (LunashSession first = appliance.openShell(appliance.adminAccount().withReplacement(ADMIN_PASSWORD))) {
            assertEquals(ADMIN_PASSWORD, first.account().password());
        }
    }

    @AfterAll
    static void powerOff() {
        appliance.close();
    }

    private static ProcessLunacm start() throws Exception {
        Path conf = home.resolve("Chrystoki.conf");
        if (!Files.exists(conf)) {
            Files.writeString(conf, "");
        }
        List<String> lunacm = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "dev.dhsm.app.Main", "lunacm");
        return ProcessLunacm.start(lunacm, conf, Duration.ofSeconds(60));
    }

    @Test
    void deploysTheClientAnsweringThePasswordQuestionThenListsSlotsOverNtls() throws Exception {
        try (ProcessLunacm lunacm = start()) {
            assertTrue(lunacm.startupText().contains("lunacm (64-bit) v7.2.0-220"), lunacm.startupText());
            LunacmResponse deploy = lunacm.run("clientconfig deploy " + appliance.address().deployOptions()
                    + " -user tenantadmin -client proc1", Answers.password(ADMIN_PASSWORD));
            assertTrue(deploy.succeeded(), deploy.text());
            assertTrue(deploy.text().contains("Please enter the password for tenantadmin"), deploy.text());
            assertTrue(Files.readString(home.resolve("Chrystoki.conf")).contains("ServerName00"),
                    "the real layout names the appliance");
            LunacmResponse slots = lunacm.run("slot list");
            assertTrue(slots.succeeded(), slots.text());
            assertTrue(slots.code().isPresent(), "the result line was read: " + slots.text());
            LunacmResponse unknown = lunacm.run("frobnicate");
            assertTrue(!unknown.succeeded(), unknown.text());
        }
    }

    @Test
    void aQuestionTheStepDidNotAnswerFailsWithTheOutputSoFar() throws Exception {
        try (ProcessLunacm lunacm = start()) {
            TargetException e = assertThrows(TargetException.class, () -> lunacm.run("clientconfig deploy "
                    + appliance.address().deployOptions() + " -user tenantadmin -client proc2"));
            assertTrue(e.getMessage().contains("asked for password") && e.getMessage().contains("Please enter"),
                    e.getMessage());
        }
    }
}
