package dev.dhsm.conformance.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dhsm.conformance.target.TargetException;
import dev.dhsm.conformance.target.file.TargetFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArmTokenTest {
    private static TargetFile.ArmSection fromEnv(String variable) {
        return new TargetFile.ArmSection("https://management.azure.com/", "sub", "rg", Optional.of(variable), false);
    }

    private static final TargetFile.ArmSection FROM_AZ =
            new TargetFile.ArmSection("https://management.azure.com/", "sub", "rg", Optional.empty(), true);

    @Test
    void aTokenFromTheEnvironment() {
        assertEquals("eyJ0.abc", ArmToken.resolve(fromEnv("ARM_TOKEN"), Map.of("ARM_TOKEN", "eyJ0.abc\n"), List.of("az")));
        TargetException e = assertThrows(TargetException.class,
                () -> ArmToken.resolve(fromEnv("ARM_TOKEN"), Map.of(), List.of("az")));
        assertTrue(e.getMessage().contains("ARM_TOKEN"), e.getMessage());
    }

    @Test
    void aTokenFromTheAzureCli(@TempDir Path dir) throws Exception {
        Path az = dir.resolve("az");
        Files.writeString(az, "#!/bin/sh\n[ \"$1 $2\" = \"account get-access-token\" ] || exit 3\necho token-from-az\n");
        Files.setPosixFilePermissions(az, PosixFilePermissions.fromString("rwx------"));
        assertEquals("token-from-az", ArmToken.resolve(FROM_AZ, Map.of(), List.of(az.toString())));

        Path loggedOut = dir.resolve("az-logged-out");
        Files.writeString(loggedOut, "#!/bin/sh\necho 'Please run az login' >&2\nexit 1\n");
        Files.setPosixFilePermissions(loggedOut, PosixFilePermissions.fromString("rwx------"));
        TargetException e = assertThrows(TargetException.class,
                () -> ArmToken.resolve(FROM_AZ, Map.of(), List.of(loggedOut.toString())));
        assertTrue(e.getMessage().contains("az login"), e.getMessage());
        assertFalse(e.getMessage().contains("token-from-az"));
    }
}
