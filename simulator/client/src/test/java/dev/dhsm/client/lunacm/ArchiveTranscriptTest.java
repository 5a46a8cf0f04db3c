package dev.dhsm.client.lunacm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dhsm.client.FakePartition;
import dev.dhsm.wire.pkcs11.Cko;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code partition archive backup|restore|list|delete} against the emulated backup HSM (slot 3). */
class ArchiveTranscriptTest {

    @TempDir
    Path dir;

    FakePartition source;
    FakePartition sameDomain;
    FakePartition otherDomain;
    LunacmFixture f;

    @BeforeEach
    void partitions() {
        source = FakePartition.ready("1", "src", "blue", "Co#Passw0rd");
        source.add("rsa-priv", Cko.PRIVATE_KEY);
        source.add("rsa-pub", Cko.PUBLIC_KEY);
        source.add("aes", Cko.SECRET_KEY);
        sameDomain = FakePartition.ready("2", "same", "blue", "Co#Passw0rd");
        otherDomain = FakePartition.ready("3", "other", "red", "Co#Passw0rd");
        f = new LunacmFixture(dir, source, sameDomain, otherDomain);
        f.startup();
    }

    void loginCo(int slot) {
        f.run("slot set -slot " + slot);
        f.run("role login -name co -password Co#Passw0rd");
    }

    @Test
    void backupClonesEveryObjectIntoANamedBackupPartition() {
        loginCo(0);
        String shown = f.run("partition archive backup -slot 3 -partition nightly", "Bk#Passw0rd", "Bk#Passw0rd");
        assertTrue(shown.contains("  Enter a password for the backup partition: ***********\n"), shown);
        assertTrue(shown.contains("  Creating partition nightly on slot 3.\n  Backing up objects...\n"
                + "    Cloned object 10 to partition nightly (new handle 1).\n"), shown);
        assertTrue(shown.contains("  3 of 3 objects have been backed up to partition nightly\n  on slot 3.\n"), shown);
        assertTrue(shown.endsWith("Command Result : No Error\n"), shown);

        String list = f.run("partition archive list -slot 3");
        assertTrue(list.contains("  Partition Name ->       nightly\n  Objects ->              3\n"), list);
        assertTrue(list.contains("  Source Partition ->     1 (src) on hsm1\n"), list);
    }

    @Test
    void restoreIntoTheSameDomainWorksAndAnotherDomainRefusesEachObject() {
        loginCo(0);
        f.run("partition archive backup -slot 3 -partition nightly -password Bk#Passw0rd");

        loginCo(1);
        String same = f.run("partition archive restore -slot 3 -partition nightly", "Bk#Passw0rd");
        assertTrue(same.contains("  3 of 3 objects have been restored from partition nightly\n"), same);
        assertTrue(same.endsWith("Command Result : No Error\n"), same);
        assertEquals(3, sameDomain.objects().size());

        loginCo(2);
        String other = f.run("partition archive restore -slot 3 -partition nightly -password Bk#Passw0rd");
        assertEquals(3, other.split("CKR_CERTIFICATE_INVALID", -1).length - 2, other);
        assertTrue(other.contains("    Failed to clone object 1 (rsa-priv): 0x80000103 (CKR_CERTIFICATE_INVALID)\n"
                + "    Failed to clone object 2 (rsa-pub): 0x80000103 (CKR_CERTIFICATE_INVALID)\n"
                + "    Failed to clone object 3 (aes): 0x80000103 (CKR_CERTIFICATE_INVALID)\n"), other);
        assertTrue(other.contains("  0 of 3 objects have been restored"), other);
        assertTrue(other.endsWith("Command Result : 0x80000103 (CKR_CERTIFICATE_INVALID)\n"), other);
        assertEquals(0, otherDomain.objects().size());
    }

    @Test
    void anObjectThatCannotBeClonedIsReportedAndTheOthersStillBackedUp() {
        source.add("nocopy-key", Cko.PRIVATE_KEY);
        loginCo(0);
        String shown = f.run("partition archive backup -slot 3 -partition nightly -password Bk#Passw0rd");
        assertTrue(shown.contains("    Failed to clone object 13 (nocopy-key): 0x00000069 (CKR_KEY_NOT_WRAPPABLE)\n"),
                shown);
        assertTrue(shown.contains("  3 of 4 objects"), shown);
        assertTrue(shown.endsWith("(CKR_KEY_NOT_WRAPPABLE)\n"), shown);
    }

    @Test
    void anExistingBackupNeedsAppendOrReplaceAndItsPassword() {
        loginCo(0);
        f.run("partition archive backup -slot 3 -partition nightly -password Bk#Passw0rd");
        assertTrue(f.run("partition archive backup -slot 3 -partition nightly -password Bk#Passw0rd")
                .endsWith("Command Result : 0xC000040C (RC_OBJECT_ALREADY_EXISTS)\n"));
        assertTrue(f.run("partition archive backup -slot 3 -partition nightly -append -password wrong")
                .endsWith("(CKR_PIN_INCORRECT)\n"));
        String appended = f.run("partition archive backup -slot 3 -partition nightly -append", "Bk#Passw0rd");
        assertTrue(appended.contains("  Enter the password for the backup partition: ***********\n"), appended);
        assertTrue(appended.contains("  Appending to partition nightly"), appended);
        assertTrue(f.run("par arch list -slot 3").contains("  Objects ->              6\n"));
        f.run("partition archive backup -slot 3 -partition nightly -replace -password Bk#Passw0rd");
        assertTrue(f.run("par arch list -slot 3").contains("  Objects ->              3\n"));
    }

    @Test
    void backupNeedsTheCryptoOfficerAndABackupSlot() {
        f.run("role login -name po -password popass1");
        assertTrue(f.run("partition archive backup -slot 3 -partition x -password Bk#Passw0rd")
                .endsWith("(CKR_USER_NOT_LOGGED_IN)\n"));
        f.run("role logout");
        f.run("role login -name co -password Co#Passw0rd");
        assertTrue(f.run("partition archive backup -slot 1 -partition x -password Bk#Passw0rd")
                .endsWith("(CKR_SLOT_ID_INVALID)\n"));
    }

    @Test
    void deleteAsksForProceed() {
        loginCo(0);
        f.run("partition archive backup -slot 3 -partition nightly -password Bk#Passw0rd");
        f.run("partition archive delete -slot 3 -partition nightly", "no");
        assertTrue(f.run("partition archive list -slot 3").contains("Number of backup partitions: 1"));
        String deleted = f.run("partition archive delete -slot 3 -partition nightly", "proceed");
        assertTrue(deleted.contains("  You are about to delete the backup partition nightly.\n"), deleted);
        assertTrue(f.run("partition archive list -slot 3").contains("Number of backup partitions: 0"));
        assertTrue(f.run("partition archive delete -slot 3 -partition nightly -force")
                .endsWith("(RC_OBJECT_NOT_IN_LIST)\n"));
    }
}
