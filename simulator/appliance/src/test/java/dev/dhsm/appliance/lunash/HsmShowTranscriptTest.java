package dev.dhsm.appliance.lunash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HsmShowTranscriptTest {
    @Test
    void factoryFreshAzureHsmShowMatchesTheRealCaptureLineForLine() throws IOException {
        ShellFixture f = new ShellFixture();
        assertEquals(resource("/transcripts/hsm-show-factory-azure.txt"), f.run("hsm show"));
    }

    @Test
    void initializedHsmShowsLabelAttemptsLeftPartitionsAndStorage() {
        ShellFixture f = new ShellFixture().initialized();
        f.run("partition create -partition p1 -size 100000 -force");
        String out = f.run("hsm show");
        assertTrue(out.contains("\n   HSM Label:                          HSM1\n"), out);
        assertTrue(out.contains("\n   HSM Admin login status:             Logged In\n"), out);
        assertTrue(out.contains("\n   HSM Admin login attempts left:      3 before HSM zeroization!\n"), out);
        assertTrue(out.contains("\n   Partition: 5724130000001, Name: p1\n"), out);
        assertTrue(out.contains("\n   Number of partitions created:        1\n"), out);
        assertTrue(out.contains("\n   Space In Use (Bytes):                109648\n"), out);
        assertTrue(out.contains("\n   Free Space Left (Bytes):             33444784\n"), out);
    }

    @Test
    void fipsModeFollowsPolicy12() {
        ShellFixture f = new ShellFixture().initialized();
        f.run("hsm changePolicy -policy 12 -value 0 -force");
        assertTrue(f.run("hsm show").contains("   The HSM is in FIPS 140-2 approved operation mode.\n"));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = HsmShowTranscriptTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
