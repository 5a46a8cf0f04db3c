package dev.dhsm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dhsm.model.Versions;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    private static final long WAIT_SECONDS = 30;

    @TempDir
    Path dir;

    private final LineCapture out = new LineCapture();
    private final LineCapture err = new LineCapture();
    private final TestStopSignal stop = new TestStopSignal();
    private final ExecutorService executor = Executors.newSingleThreadExecutor();

    @AfterEach
    void shutDown() {
        executor.shutdownNow();
    }

    private int run(String... args) {
        return Main.execute(stop, out.writer(), err.writer(), args);
    }

    @Test
    void helpListsTheOptions() {
        assertEquals(0, run("serve", "--help"));
        for (String option : List.of("--ssh-port", "--console-port", "--bind", "--data-dir", "--ephemeral",
                "--profile", "--stamps", "--region", "--arm-port", "--ntls-port", "--help", "--version")) {
            assertTrue(out.text().contains(option), option + " missing from\n" + out.text());
        }
        assertTrue(out.text().contains("exposes"), "--bind must warn about exposing the emulator");
    }

    @Test
    void topLevelHelpListsServe() {
        assertEquals(0, run("--help"));
        assertTrue(out.text().contains("serve"), out.text());
    }

    @Test
    void versionNamesTheEmulatedSoftwareAndFirmware() {
        assertEquals(0, run("--version"));
        assertTrue(out.text().contains(Versions.SOFTWARE) && out.text().contains(Versions.FIRMWARE), out.text());
        assertTrue(out.text().startsWith("dhsm "), out.text());
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertEquals(2, run("serve", "--frobnicate"));
        assertTrue(err.text().contains("Unknown option: '--frobnicate'"), err.text());
    }

    @Test
    void ephemeralAndDataDirExcludeEachOther() {
        assertEquals(2, run("serve", "--arm-port", "0", "--ntls-port", "0", "--ephemeral", "--data-dir", dir.toString()));
    }

    @Test
    void unknownProfileIsAUsageError() {
        assertEquals(2, run("serve", "--profile", "gcp", "--ephemeral"));
        assertTrue(err.text().contains("gcp"), err.text());
    }

    @Test
    void missingCommandIsAUsageError() {
        assertEquals(2, run());
    }

    @Test
    void serveStartsPrintsReadyAndStopsCleanly() throws Exception {
        Future<Integer> serving = executor.submit(() -> run("serve", "--arm-port", "0", "--ntls-port", "0", "--ephemeral",
                "--ssh-port", "0", "--console-port", "0"));
        List<String> banner = out.until("dhsm ready", WAIT_SECONDS);
        assertTrue(banner.stream().anyMatch(l -> l.matches("lunash \\(ssh\\): +127\\.0\\.0\\.1:\\d+  account "
                + "tenantadmin")), banner.toString());
        assertTrue(banner.stream().anyMatch(l -> l.matches("serial console: +127\\.0\\.0\\.1:\\d+")),
                banner.toString());
        assertTrue(banner.contains("state:             ephemeral"), banner.toString());
        stop.fire();
        assertEquals(0, serving.get(WAIT_SECONDS, TimeUnit.SECONDS));
        assertEquals("dhsm stopped", out.until("dhsm stopped", WAIT_SECONDS).get(0));
        assertEquals("", err.text());
    }

    @Test
    void serveStampsPrintsTheFleetAndTheControlApi() throws Exception {
        Future<Integer> serving = executor.submit(() -> run("serve", "--arm-port", "0", "--ntls-port", "0", "--ephemeral",
                "--stamps", "1", "--region", "westus2", "--ssh-port", "0", "--console-port", "0"));
        List<String> banner = out.until("dhsm ready", WAIT_SECONDS);
        assertTrue(banner.stream().anyMatch(l -> l.startsWith("fleet:             region westus2, 1 stamp, "
                + "15 appliances (12 customer, 2 spare, 1 test per stamp), westus2-s1-d01 to westus2-s1-d15")),
                banner.toString());
        assertTrue(banner.stream().anyMatch(l -> l.matches("ARM: +https://127\\.0\\.0\\.1:\\d+/  .*")),
                banner.toString());
        assertTrue(banner.stream().anyMatch(l -> l.matches("control API: +https://127\\.0\\.0\\.1:\\d+/__admin/dhsm/"
                + "  \\(CA certificate .*arm-ca\\.pem\\)")), banner.toString());
        if (Fleet.canBind("127.0.1.1")) {
            assertTrue(banner.contains("addresses:         127.0.1.1 to 127.0.1.15, one per appliance, in that order"),
                    banner.toString());
        }
        stop.fire();
        assertEquals(0, serving.get(WAIT_SECONDS, TimeUnit.SECONDS));
    }

    @Test
    void badArmOptionsAreUsageErrors() {
        assertEquals(2, run("serve", "--ephemeral", "--arm-retry-after", "-1"));
        assertEquals(2, run("serve", "--ephemeral", "--arm-allow", "not-a-subscription"));
        assertTrue(err.text().contains("not-a-subscription"), err.text());
        assertEquals(2, run("serve", "--ephemeral", "--arm-hsm-time", "soon"));
        assertEquals(2, run("serve", "--ephemeral", "--arm-record", "http://management.azure.com"));
    }

    @Test
    void stampsOutsideTheRegionsRangeAreAUsageError() {
        assertEquals(2, run("serve", "--ephemeral", "--stamps", "0"));
        assertEquals(2, run("serve", "--ephemeral", "--stamps", "17"));
        assertEquals(2, run("serve", "--ephemeral", "--stamps", "1", "--region", "East US"));
    }

    @Test
    void serveKeepsStateInTheDataDir() throws Exception {
        Path data = dir.resolve("data");
        Future<Integer> serving = executor.submit(() -> run("serve", "--arm-port", "0",
                "--data-dir", data.toString(), "--ssh-port", "0", "--console-port", "0"));
        assertTrue(out.until("dhsm ready", WAIT_SECONDS).contains("state:             " + data));
        stop.fire();
        assertEquals(0, serving.get(WAIT_SECONDS, TimeUnit.SECONDS));
        assertTrue(Files.isRegularFile(data.resolve("appliances/hsm1/state.json")));
    }

    @Test
    void portInUseIsOneLineAndExitCode1() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            assertEquals(1, run("serve", "--arm-port", "0", "--ntls-port", "0", "--ephemeral", "--ssh-port", String.valueOf(port),
                    "--console-port", "0"));
            String message = err.text();
            assertEquals(1, message.lines().count(), message);
            assertTrue(message.startsWith("dhsm: cannot listen for lunash (ssh) on 127.0.0.1:" + port + ": "),
                    message);
            assertFalse(out.text().contains("dhsm ready"), out.text());
        }
    }

    @Test
    void consolePortInUseReleasesTheSshPort() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int sshPort = probe.getLocalPort();
            probe.close();
            assertEquals(1, run("serve", "--arm-port", "0", "--ntls-port", "0", "--ephemeral", "--ssh-port", String.valueOf(sshPort),
                    "--console-port",
                    String.valueOf(taken.getLocalPort())));
            assertTrue(err.text().startsWith("dhsm: cannot listen for the serial console on 127.0.0.1:"
                    + taken.getLocalPort() + ": "), err.text());
            assertTrue(err.text().contains("in use"), err.text());
            assertEquals(1, err.text().lines().count(), err.text());
            try (ServerSocket again = new ServerSocket(sshPort, 1, InetAddress.getLoopbackAddress())) {
                assertEquals(sshPort, again.getLocalPort());
            }
        }
    }

    @Test
    void addressesPrintAsUsersTypeThem() {
        assertEquals("127.0.0.1:2222", ServeCommand.hostPort(new InetSocketAddress("127.0.0.1", 2222), "127.0.0.1"));
        assertEquals("0.0.0.0:2222", ServeCommand.hostPort(new InetSocketAddress("::", 2222), "0.0.0.0"));
        assertEquals("[0:0:0:0:0:0:0:1]:2323", ServeCommand.hostPort(new InetSocketAddress("::1", 2323), "::1"));
    }

    @Test
    void unknownBindAddressIsOneLineAndExitCode1() {
        assertEquals(1, run("serve", "--arm-port", "0", "--ntls-port", "0", "--ephemeral", "--bind", "no-such-host.invalid",
                "--ssh-port", "0",
                "--console-port", "0"));
        assertEquals("dhsm: cannot listen for lunash (ssh): unknown address no-such-host.invalid",
                err.text().strip());
    }

    @Test
    void refusedStateFileIsOneLineAndExitCode1() throws Exception {
        Path data = dir.resolve("data");
        Path file = data.resolve("appliances/hsm1/state.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "not json at all");

        assertEquals(1, run("serve", "--arm-port", "0", "--ntls-port", "0", "--data-dir", data.toString(), "--ssh-port", "0",
                "--console-port", "0"));
        String message = err.text();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.startsWith("dhsm: refusing state file " + file), message);
        assertFalse(message.contains("Exception"), message);
        assertEquals("not json at all", Files.readString(file));
    }
}
