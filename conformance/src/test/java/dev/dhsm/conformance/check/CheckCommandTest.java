package dev.dhsm.conformance.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dhsm.conformance.target.Account;
import dev.dhsm.conformance.target.ApplianceAddress;
import dev.dhsm.conformance.target.LunashSession;
import dev.dhsm.conformance.target.emulator.EmulatorTarget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dhsm check} as a user runs it: a separate process ({@code java ... dev.dhsm.app.Main check}), against an
 * emulated appliance described as an {@code appliance} target (so the hazard rule applies), with the admin password
 * in the environment. Checks the exit status, the skips and their reasons, and the reports.
 */
class CheckCommandTest {
    private static final String PASSWORD_VARIABLE = "DHSM_CHECK_TEST_ADMIN_PASSWORD";
    private static final String PASSWORD = "Check-Admin-1x!";
    private static final Path FEATURES = Path.of("src/test/resources/check-features");

    private static EmulatorTarget appliance;
    @TempDir
    static Path dir;

    @BeforeAll
    static void powerOn() {
        appliance = EmulatorTarget.start();
        Account admin = appliance.adminAccount().withReplacement(PASSWORD);
        try (LunashSession first = appliance.openShell(admin)) {
            assertTrue(first.passwordChangeForced(), "a factory-fresh appliance forces the change");
        }
    }

    @AfterAll
    static void powerOff() {
        appliance.close();
    }

    private static Path targetFile(boolean disposable) throws IOException {
        ApplianceAddress a = appliance.address();
        return Files.writeString(dir.resolve("appliance-" + disposable + ".yaml"), "kind: appliance\nname: lab-hsm\n"
                + "disposable: " + disposable + "\nssh:\n  host: " + a.host() + "\n  port: " + a.sshPort() + "\n"
                + "  account: tenantadmin\n  passwordEnv: " + PASSWORD_VARIABLE + "\nntlsPort: " + a.ntlsPort() + "\n");
    }

    private record Outcome(int status, String output, Path reports) {
        String readiness() throws IOException {
            return Files.readString(reports.resolve("readiness.md"));
        }
    }

    private static Outcome check(String name, String... args) throws IOException, InterruptedException {
        Path reports = dir.resolve(name);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.dhsm.app.Main", "check", "--report", reports.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put(PASSWORD_VARIABLE, PASSWORD);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "dhsm check did not finish:\n" + output);
        return new Outcome(p.exitValue(), output, reports);
    }

    private static String row(String readiness, String id) {
        return readiness.lines().filter(l -> l.startsWith("| " + id + " |")).findFirst().orElseThrow();
    }

    @Test
    void onAnApplianceGuardedAndDestructiveAreSkippedWithTheReasonAndAFailureExitsOne() throws Exception {
        Outcome o = check("plain", "--target", targetFile(false).toString(), "--features", FEATURES.toString());
        assertEquals(1, o.status(), o.output());
        String readiness = o.readiness();
        assertTrue(row(readiness, "FM-17").contains("| passed |"), readiness);
        assertTrue(row(readiness, "FM-15").contains("| skipped |") && row(readiness, "FM-15").contains("--allow-guarded"),
                readiness);
        assertTrue(row(readiness, "FM-13").contains("| skipped |") && row(readiness, "FM-13").contains("disposable: true"),
                readiness);
        assertTrue(row(readiness, "FM-01").contains("| not run |"), readiness);
        assertTrue(readiness.contains("| Firmware | 7.0.3 |") && readiness.contains("| Appliance software | 7.2.0-220 |"),
                readiness);
        String fm21 = row(readiness, "FM-21");
        assertTrue(fm21.contains("**failed**") && fm21.contains("Firmware: 9.9.9"), fm21);
        assertTrue(fm21.contains("7.0.3"), "the observed output is in the row: " + fm21);
        assertTrue(o.output().contains("SKIPPED") && o.output().contains("A guarded scenario"), o.output());
        for (String report : List.of("cucumber.html", "cucumber.xml", "cucumber.ndjson", "readiness.html")) {
            assertTrue(Files.size(o.reports().resolve(report)) > 0, report);
        }
    }

    @Test
    void theFlagsLetGuardedRunButDestructiveStillNeedsADisposableDevice() throws Exception {
        Outcome o = check("flags", "--target", targetFile(false).toString(), "--allow-guarded", "--allow-destructive",
                "--features", FEATURES.resolve("hazards.feature").toString());
        assertEquals(0, o.status(), o.output());
        assertTrue(row(o.readiness(), "FM-15").contains("| passed |"), o.readiness());
        assertTrue(row(o.readiness(), "FM-13").contains("disposable: true"), o.readiness());

        Outcome disposable = check("disposable", "--target", targetFile(true).toString(), "--allow-destructive",
                "--features", FEATURES.resolve("hazards.feature").toString());
        assertEquals(0, disposable.status(), disposable.output());
        assertTrue(row(disposable.readiness(), "FM-13").contains("| passed |"), disposable.readiness());
        assertTrue(row(disposable.readiness(), "FM-15").contains("--allow-guarded"), disposable.readiness());
    }

    @Test
    void theGoLiveChecksHoldTheDeviceToWhatTheTargetFileIntends() throws Exception {
        Path demanding = Files.writeString(dir.resolve("demanding.yaml"), Files.readString(targetFile(false))
                + "expect:\n  minCertificateDays: 99999\n");
        Outcome o = check("golive", "--target", demanding.toString(), "--tags", "@golive and @FM-20",
                "--features", Path.of(System.getProperty("dhsm.features.dir", "../features"), "golive").toString());
        assertEquals(1, o.status(), o.output());
        String fm20 = row(o.readiness(), "FM-20");
        assertTrue(fm20.contains("**failed**") && fm20.contains("the team wants at least 99999"), fm20);
        assertTrue(o.output().contains("SKIPPED") && o.output().contains("LUNACM"),
                "the scenario that needs a client host skips on a target without one: " + o.output());
    }

    @Test
    void aRefusedTargetFileExitsTwoWithTheReason() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "kind: appliance\nssh:\n  host: h\n  password: x\n");
        Outcome o = check("bad", "--target", bad.toString());
        assertEquals(2, o.status(), o.output());
        assertTrue(o.output().contains("'ssh.password'") && o.output().contains("environment"), o.output());
    }
}
