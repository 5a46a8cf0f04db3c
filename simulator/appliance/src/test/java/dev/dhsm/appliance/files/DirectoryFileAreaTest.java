package dev.dhsm.appliance.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DirectoryFileAreaTest {
    @TempDir
    Path root;

    @Test
    void writesReadsListsAndDeletesInTheAccountsHome() {
        DirectoryFileArea files = new DirectoryFileArea(root);
        files.write("tenantadmin", "server.pem", bytes("pem"));
        files.write("tenantadmin", "a.spkg", bytes("pkg"));
        files.write("tenantadmin", "a.spkg", bytes("pkg2"));
        files.write("operator", "other.txt", bytes("x"));

        assertArrayEquals(bytes("pkg2"), files.read("tenantadmin", "a.spkg").orElseThrow());
        assertEquals(List.of("a.spkg", "server.pem"), files.list("tenantadmin"));
        assertTrue(Files.isRegularFile(root.resolve("tenantadmin").resolve("server.pem")));
        files.delete("tenantadmin", "a.spkg");
        assertEquals(List.of("server.pem"), files.list("tenantadmin"));
        assertTrue(files.read("tenantadmin", "a.spkg").isEmpty());
        assertEquals(List.of(), files.list("nobody"));
    }

    @Test
    void homeOfCreatesTheHomeOnDemand() {
        DirectoryFileArea files = new DirectoryFileArea(root);
        Path home = files.homeOf("monitor");
        assertEquals(root.resolve("monitor"), home);
        assertTrue(Files.isDirectory(home));
        assertThrows(IllegalArgumentException.class, () -> files.homeOf("../x"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../secret", "..", ".", "a/b", "a\\b", "/etc/passwd", "x..y", ""})
    void pathTraversalIsRefused(String name) throws IOException {
        Files.writeString(root.resolve("secret"), "outside");
        DirectoryFileArea files = new DirectoryFileArea(root.resolve("area"));
        files.homeOf("tenantadmin");
        assertTrue(files.read("tenantadmin", name).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> files.write("tenantadmin", name, bytes("x")));
        files.delete("tenantadmin", name);
        assertTrue(Files.exists(root.resolve("secret")));
        assertTrue(files.read(name, "secret").isEmpty());
    }

    @Test
    void aSymbolicLinkOutOfTheHomeIsNotFollowed() throws IOException {
        Files.writeString(root.resolve("secret"), "outside");
        DirectoryFileArea files = new DirectoryFileArea(root.resolve("area"));
        Files.createSymbolicLink(files.homeOf("tenantadmin").resolve("link"), root.resolve("secret"));
        assertTrue(files.read("tenantadmin", "link").isEmpty());
        assertFalse(files.list("tenantadmin").contains("link"));
    }

    @Test
    void clearAllEmptiesEveryHome() throws IOException {
        DirectoryFileArea files = new DirectoryFileArea(root);
        files.write("tenantadmin", "server.pem", bytes("pem"));
        files.write("operator", "x", bytes("x"));
        Files.createDirectories(files.homeOf("tenantadmin").resolve("sub").resolve("dir"));
        Files.writeString(files.homeOf("tenantadmin").resolve("sub").resolve("f"), "f");
        files.clearAll();
        assertEquals(List.of(), files.list("tenantadmin"));
        assertEquals(List.of(), files.list("operator"));
        try (var left = Files.list(files.homeOf("tenantadmin"))) {
            assertEquals(0, left.count());
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
