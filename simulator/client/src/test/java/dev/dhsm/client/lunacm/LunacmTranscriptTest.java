package dev.dhsm.client.lunacm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dhsm.client.FakePartition;
import dev.dhsm.client.LunaClientException;
import dev.dhsm.client.ReturnCodes;
import dev.dhsm.client.Role;
import dev.dhsm.wire.pkcs11.Cko;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** LunaCM as a user sees it: startup, slots, partition init, roles and the result lines, on a fake client. */
class LunacmTranscriptTest {

    @TempDir
    Path dir;

    @Test
    void startupPrintsTheBannerAndTheSlotListingOfReference13() {
        LunacmFixture f = new LunacmFixture(dir, new FakePartition("1234567000001"));
        assertEquals("""
                lunacm (64-bit) v7.2.0-220. Copyright (c) 2018 SafeNet. All rights reserved.

                  Available HSMs:

                  Slot Id ->              0
                  Label ->
                  Serial Number ->        1234567000001
                  Model ->                LunaSA 7.2.0
                  Firmware Version ->     7.0.3
                  Configuration ->        Luna User Partition With SO (PW) Signing With Cloning Mode
                  Slot Description ->     Net Token Slot

                  Slot Id ->              1
                  Label ->                Backup HSM
                  Serial Number ->        700001
                  Model ->                G5Backup
                  Firmware Version ->     6.28.0
                  Configuration ->        Luna Backup HSM
                  Slot Description ->     Backup Device


                  Current Slot Id: 0

                """, f.startup());
    }

    @Test
    void theShellPromptsRunsCommandsAndEndsOnExit() {
        LunacmFixture f = new LunacmFixture(dir, new FakePartition("1234567000001"));
        f.io.feed("slot set -slot 1", "exit", "never read");
        f.lunacm.runShell(f.io);
        String shown = f.io.take();
        assertTrue(shown.contains("\n  Current Slot Id: 0\n\nlunacm:>slot set -slot 1\n"), shown);
        assertTrue(shown.endsWith("  Current Slot Id: 1  (Backup Device)\n\nCommand Result : No Error\n\nlunacm:>exit\n"),
                shown);
        assertFalse(f.io.allAnswersUsed());
    }

    @Test
    void partitionInitIsTheReal72Exchange() {
        LunacmFixture f = new LunacmFixture(dir, new FakePartition("1234567000001"));
        String shown = f.run("partition init -label KeylessSSL -domain cloudflare", "Po#Passw0rd", "Po#Passw0rd",
                "proceed");
        assertEquals("""

                  Enter password for Partition SO: ***********

                  Re-enter password for Partition SO: ***********

                  You are about to initialize the partition.
                  All contents of the partition will be destroyed.

                  Are you sure you wish to continue?

                  Type 'proceed' to continue, or 'quit' to quit now ->proceed

                Command Result : No Error
                """, shown);
        assertEquals("KeylessSSL", f.client.partition(0).label());
        assertEquals("Po#Passw0rd", f.client.partition(0).pin(Role.PO));
    }

    @Test
    void partitionInitAsksForTheDomainTwiceWhenNotGivenAndDefaultDomainNeedsNoQuestion() {
        LunacmFixture f = new LunacmFixture(dir, new FakePartition("1"), new FakePartition("2"));
        String shown = f.run("partition init -label A -password Po#Passw0rd -force", "dom-one", "dom-one");
        assertTrue(shown.contains("  Enter the domain name: *******\n\n  Re-enter the domain name: *******\n"), shown);
        assertTrue(shown.endsWith("Command Result : No Error\n"), shown);
        f.run("slot set -slot 1");
        assertTrue(f.run("par init -lab B -pass Po#Passw0rd -defaultdomain -f").endsWith("No Error\n"));
        assertEquals("B", f.client.partition(1).label());
    }

    @Test
    void anythingButProceedOrMismatchedPasswordsCancel() {
        LunacmFixture f = new LunacmFixture(dir, new FakePartition("1"));
        String quit = f.run("partition init -label A -domain d -password Po#Passw0rd", "quit");
        assertTrue(quit.contains("  Command aborted.\n\nCommand Result : 0x00000001 (CKR_CANCEL)\n"), quit);
        String mismatch = f.run("partition init -label A -domain d", "Po#Passw0rd", "Po#Passw0rd2");
        assertTrue(mismatch.contains("The passwords entered do not match."), mismatch);
        assertTrue(mismatch.endsWith("Command Result : 0x00000001 (CKR_CANCEL)\n"), mismatch);
        assertFalse(f.client.partition(0).initialized());
    }

    @Test
    void roleLoginMasksThePasswordAndAWrongOneShowsItsCkrCode() {
        LunacmFixture f = new LunacmFixture(dir, FakePartition.ready("1", "par1", "dom", "Co#Passw0rd"));
        assertEquals("\n  enter password: ***********\n\nCommand Result : No Error\n",
                f.run("role login -name co", "Co#Passw0rd"));
        f.run("role logout");
        assertEquals("\nCommand Result : 0x000000A0 (CKR_PIN_INCORRECT)\n",
                f.run("role login -name co -password nope"));
        assertEquals("\nCommand Result : 0x00000101 (CKR_USER_NOT_LOGGED_IN)\n", f.run("role logout"));
    }

    @Test
    void theCoLifeCycleOfReference27() {
        LunacmFixture f = new LunacmFixture(dir, new FakePartition("1"));
        f.run("partition init -label P -domain d -password Po#Passw0rd -force");
        assertTrue(f.run("role login -name po -password Po#Passw0rd").endsWith("No Error\n"));
        assertTrue(f.run("role init -name co", "Co#Init000", "Co#Init000").contains(
                "  enter new password for Crypto Officer: **********\n"));
        f.run("role logout");
        f.run("role login -name co -password Co#Init000");
        String show = f.run("role show -name co");
        assertTrue(show.contains("  PIN To Be Changed ->        yes\n"), show);
        assertTrue(show.contains("  Logged In ->                yes\n"), show);
        String change = f.run("role changepw -name co", "Co#Init000", "Co#Passw0rd", "Co#Passw0rd");
        assertTrue(change.contains("  enter existing password: **********\n"), change);
        assertTrue(change.endsWith("Command Result : No Error\n"), change);
        assertEquals("Co#Passw0rd", f.client.partition(0).pin(Role.CO));
        assertTrue(f.run("role show -name co").contains("  PIN To Be Changed ->        no\n"));
    }

    @Test
    void wordsAndOptionsAreCaseInsensitiveAndMayBeAbbreviated() {
        LunacmFixture f = new LunacmFixture(dir, FakePartition.ready("1", "par1", "dom", "Co#Passw0rd"));
        assertTrue(f.run("ROLE LOGIN -NA co -PASSW Co#Passw0rd").endsWith("No Error\n"));
        assertTrue(f.run("PAR show").contains("  Partition SN ->                         1\n"));
        String ambiguous = f.run("partition sh");
        assertTrue(ambiguous.startsWith("Error: Ambiguous command 'partition sh'. It could be: show, showpolicies."),
                ambiguous);
        assertTrue(ambiguous.endsWith("Command Result : 0x00000007 (CKR_ARGUMENTS_BAD)\n"), ambiguous);
        String unknown = f.run("hsm show");
        assertTrue(unknown.startsWith("Error: Unknown command 'hsm'."), unknown);
        String missing = f.run("role login");
        assertTrue(missing.contains("Error: Missing required option: -name\nSyntax: role login -name <name>"),
                missing);
    }

    @Test
    void partitionShowListsEveryRole() {
        LunacmFixture f = new LunacmFixture(dir, FakePartition.ready("1234", "par1", "dom", "Co#Passw0rd"));
        String shown = f.run("partition show");
        assertTrue(shown.contains("  Partition Label ->                      par1\n"), shown);
        assertTrue(shown.contains("  Partition SO Login Attempts Left ->     10\n"), shown);
        assertTrue(shown.contains("  Crypto Officer Locked Out ->            no\n"), shown);
        assertTrue(shown.contains("  Crypto User is not initialized.\n"), shown);
    }

    @Test
    void contentsListsLabelHandleAndType() {
        FakePartition p = FakePartition.ready("1", "par1", "dom", "Co#Passw0rd");
        long key = p.add("aes1", Cko.SECRET_KEY);
        LunacmFixture f = new LunacmFixture(dir, p);
        f.run("role login -name co -password Co#Passw0rd");
        assertEquals("""

                  The 'Crypto Officer' is currently logged in. Looking for objects
                  accessible to the 'Crypto Officer'.

                  Object list:

                  Label:        aes1
                  Handle:       %d
                  Object Type:  Symmetric Key

                  Number of objects:  1

                Command Result : No Error
                """.formatted(key), f.run("partition contents"));
    }

    @Test
    void policiesAreShownAndADestructiveChangeAsksFirst() {
        LunacmFixture f = new LunacmFixture(dir, FakePartition.ready("1", "par1", "dom", "Co#Passw0rd"));
        f.run("role login -name po -password popass1");
        assertTrue(f.run("partition showpolicies").contains("     1: Policy 1 : 0\n"));
        assertTrue(f.run("partition changepolicy -policy 20 -value 5").endsWith("No Error\n"));
        assertEquals(5, f.client.partition(0).policy(20));
        String destructive = f.run("partition changepolicy -policy 1 -value 1", "quit");
        assertTrue(destructive.contains("You are about to change a destructive partition policy."), destructive);
        assertEquals(0, f.client.partition(0).policy(1));
        f.run("partition changepolicy -policy 1 -value 1", "proceed");
        assertEquals(1, f.client.partition(0).policy(1));
        assertEquals("\nCommand Result : 0x8000007B (CKR_POLICY_ID_INVALID)\n",
                f.run("partition changepolicy -policy 99 -value 1"));
    }

    @Test
    void partitionCommandsRefuseTheBackupSlot() {
        LunacmFixture f = new LunacmFixture(dir, new FakePartition("1"));
        f.run("slot set -slot 1");
        assertTrue(f.run("role login -name co -password x").endsWith("(CKR_SLOT_ID_INVALID)\n"));
        assertTrue(f.run("slot set -slot 7").endsWith("Command Result : 0x00000003 (CKR_SLOT_ID_INVALID)\n"));
    }

    @Test
    void unreachableServersAreNamedWithTheirClientLayerCode() {
        LunacmFixture f = new LunacmFixture(dir, new FakePartition("1"));
        f.client.unreachable("10.0.0.9", new LunaClientException(ReturnCodes.RC_SSL_FAILED_HANDSHAKE,
                "TLS handshake with 10.0.0.9:1792 failed"));
        String shown = f.startup();
        assertTrue(shown.contains("  Server 10.0.0.9 is unreachable: 0xC0000711 (RC_SSL_FAILED_HANDSHAKE)\n"), shown);
    }

    @Test
    void clientconfigDeployRunsTheExchangeAndReloadsTheClient() {
        LunacmFixture f = new LunacmFixture(dir, new FakePartition("1"));
        f.startup();
        String shown = f.run("clientconfig deploy -server 10.0.0.5 -client web01 -partition par1 -user admin",
                "Adm#Passw0rd");
        assertTrue(shown.contains("  Please enter the password for admin: ************\n"), shown);
        assertTrue(shown.contains("  deployed web01\n"), shown);
        assertTrue(shown.endsWith("Command Result : No Error\n"), shown);
        assertEquals("10.0.0.5", f.deployed.get(0).server());
        assertEquals(22, f.deployed.get(0).sshPort());
        assertEquals(1792, f.deployed.get(0).ntlsPort());
        assertTrue(f.client.closed, "the old client library is closed");
        f.run("slot list");
        assertEquals(2, f.connects, "the client library is rebuilt from the new configuration");
    }
}
