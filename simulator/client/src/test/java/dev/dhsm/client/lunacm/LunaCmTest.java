package dev.dhsm.client.lunacm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dhsm.client.ChrystokiConf;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code lunacm} program's modes: interactive on streams, {@code -c}, {@code -q}, and where it finds its config. */
class LunaCmTest {

    @TempDir
    Path dir;

    record Run(int status, String output) {
    }

    Run run(String input, Map<String, String> env, String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int status = LunaCm.run(args, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out, env);
        return new Run(status, bytes.toString(StandardCharsets.UTF_8));
    }

    Map<String, String> confDir() {
        ChrystokiConf.standard(dir, "web01")
                .with(ChrystokiConf.BACKUP_SECTION, "Directory", dir.resolve("backup").toString())
                .write(dir.resolve("Chrystoki.conf"));
        return Map.of(LunaCm.CONF_PATH_VARIABLE, dir.toString());
    }

    @Test
    void quietModePrintsOnlyTheCommandAndItsResult() {
        Run r = run("", confDir(), "-q", "slot", "list");
        assertEquals(0, r.status());
        assertTrue(r.output().startsWith("\n  Slot Id ->              0\n  Label ->                Backup HSM\n"),
                r.output());
        assertTrue(r.output().endsWith("Command Result : No Error\n"), r.output());
    }

    @Test
    void commandModeShowsTheBannerFirstAndAFailureExitsWithOne() {
        Run r = run("", confDir(), "-c", "role", "login", "-name", "co", "-password", "x");
        assertEquals(1, r.status());
        assertTrue(r.output().startsWith(Lunacm.BANNER + "\n"), r.output());
        assertTrue(r.output().endsWith("Command Result : 0x00000003 (CKR_SLOT_ID_INVALID)\n"), r.output());
    }

    @Test
    void promptsAreAnsweredFromStandardInput() {
        Map<String, String> env = confDir();
        Run r = run("no\n", env, "-q", "partition", "archive", "delete", "-slot", "0", "-partition", "x");
        assertTrue(r.output().endsWith("Command Result : 0xC000040A (RC_OBJECT_NOT_IN_LIST)\n"), r.output());
    }

    @Test
    void withoutACommandItIsAShellReadingStandardInput() {
        Run r = run("slot list\nexit\n", confDir());
        assertEquals(0, r.status());
        assertTrue(r.output().contains("  Current Slot Id: 0\n\nlunacm:>\n"), r.output());
        assertTrue(r.output().endsWith("Command Result : No Error\n\nlunacm:>\n"), r.output());
    }

    @Test
    void aMissingConfigurationStillStartsWithNoSlotsAndConfNamesTheFile() {
        Run r = run("", Map.of(), "-conf", dir.resolve("absent.conf").toString(), "-c", "slot", "list");
        assertEquals(0, r.status());
        assertTrue(r.output().contains("  Current Slot Id: None\n"), r.output());
    }

    @Test
    void unknownArgumentsAreAUsageError() {
        Run r = run("", Map.of(), "-x");
        assertEquals(2, r.status());
        assertTrue(r.output().contains("Usage: lunacm"), r.output());
    }
}
