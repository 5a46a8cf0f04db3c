package dev.dhsm.client.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dhsm.client.LunaClientException;
import dev.dhsm.client.ReturnCodes;
import dev.dhsm.wire.message.Octets;
import dev.dhsm.wire.pkcs11.Cko;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The emulated Backup HSM's directory store: round trip, listing, deletion and damaged files. */
class BackupHsmTest {

    static final SecureRandom RANDOM = new SecureRandom(new byte[] {1, 2, 3});

    @TempDir
    Path dir;

    static BackupPartition sample(String name) {
        return new BackupPartition(name, Instant.parse("2026-03-01T10:00:00Z"), "10.0.0.5", "12345670000001",
                "My Partition", "", BackupPassword.hash("backup-pw", RANDOM), List.of(
                new BackupObject(12, "signing key", Cko.PRIVATE_KEY, Octets.fromHex("00ff10")),
                new BackupObject(13, "", Cko.SECRET_KEY, Octets.of(new byte[300]))));
    }

    @Test
    void aStoredPartitionReadsBackTheSame() {
        BackupHsm hsm = new BackupHsm(dir.resolve("backup"), "700001");
        BackupPartition written = sample("nightly");
        hsm.store(written);

        assertEquals(written, hsm.find("nightly").orElseThrow());
        assertEquals(written, new BackupHsm(dir.resolve("backup"), "700001").list().get(0));
        assertTrue(Files.exists(dir.resolve("backup").resolve("nightly.bkp")));
    }

    @Test
    void theFileIsTextWithTheDocumentedHeader() throws Exception {
        BackupHsm hsm = new BackupHsm(dir, "700001");
        hsm.store(sample("weekly"));
        List<String> lines = Files.readAllLines(dir.resolve("weekly.bkp"));

        assertEquals(BackupFileFormat.MAGIC, lines.get(0));
        assertEquals("name: weekly", lines.get(1));
        assertEquals("source-label: My Partition", lines.get(5));
        assertTrue(lines.get(8).startsWith("object: 12 3 "), lines.get(8));
        assertEquals("end", lines.get(lines.size() - 1));
    }

    @Test
    void listingIsByNameAndDeletingRemovesThePartition() {
        BackupHsm hsm = new BackupHsm(dir, "700001");
        hsm.store(sample("b"));
        hsm.store(sample("a"));
        assertEquals(List.of("a", "b"), hsm.list().stream().map(BackupPartition::name).toList());

        hsm.delete("a");
        assertEquals(List.of("b"), hsm.list().stream().map(BackupPartition::name).toList());
        LunaClientException e = assertThrows(LunaClientException.class, () -> hsm.delete("a"));
        assertEquals(ReturnCodes.RC_OBJECT_NOT_IN_LIST, e.code());
    }

    @Test
    void aTruncatedFileIsAFileError() throws Exception {
        BackupHsm hsm = new BackupHsm(dir, "700001");
        hsm.store(sample("cut"));
        Path file = dir.resolve("cut.bkp");
        String text = Files.readString(file);
        Files.writeString(file, text.substring(0, text.length() - 5));

        LunaClientException e = assertThrows(LunaClientException.class, () -> hsm.find("cut"));
        assertEquals(ReturnCodes.RC_FILE_ERROR, e.code());
    }

    @Test
    void passwordsAreKeptOnlyAsHashes() {
        String hash = BackupPassword.hash("secret-1", RANDOM);
        assertTrue(BackupPassword.matches("secret-1", hash));
        assertFalse(BackupPassword.matches("secret-2", hash));
        assertFalse(hash.contains("secret-1"));
        assertFalse(BackupPassword.matches("secret-1", "garbage"));
    }

    @Test
    void namesAreCheckedAndTheDeviceIsASlot() {
        assertThrows(IllegalArgumentException.class, () -> sample("../escape"));
        assertTrue(new BackupHsm(dir, "700001").find("../escape").isEmpty());
        assertEquals("700001", new BackupHsm(dir, "700001").slot(3).partitionSerial());
        assertEquals(3, new BackupHsm(dir, "700001").slot(3).slotId());
    }
}
