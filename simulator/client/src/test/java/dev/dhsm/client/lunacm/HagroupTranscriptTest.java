package dev.dhsm.client.lunacm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dhsm.client.ChrystokiConf;
import dev.dhsm.client.FakePartition;
import dev.dhsm.client.ha.HaConfiguration;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hagroup commands' text, settings and refusals, over a fake client library under the HA layer. */
class HagroupTranscriptTest {

    static final String CO = "Co#Passw0rd";

    @TempDir
    Path dir;

    LunacmFixture fixture() {
        return new LunacmFixture(dir, true, FakePartition.ready("5724130000001", "ha-a", "blue", CO),
                FakePartition.ready("5724140000001", "ha-b", "blue", CO));
    }

    ChrystokiConf conf() {
        return ChrystokiConf.read(dir.resolve("Chrystoki.conf"));
    }

    @Test
    void retryAndIntervalAreCheckedAndWrittenToTheConfiguration() {
        LunacmFixture f = fixture();
        assertTrue(f.run("hagroup retry -count 501").endsWith("Command Result : 0x00000007 (CKR_ARGUMENTS_BAD)\n"));
        String retry = f.run("hagroup retry -count -1");
        assertTrue(retry.contains("  HA Auto Recovery Count has been set to -1\n"), retry);
        assertTrue(f.run("hagroup interval -seconds 30").contains("The interval must be 60 to 1200 seconds."));
        assertTrue(f.run("hagroup interval -interval 120").endsWith("Command Result : No Error\n"));
        assertEquals("-1", conf().get(HaConfiguration.HA_CONFIGURATION, "reconnAtt").orElseThrow());
        assertEquals("120", conf().get(HaConfiguration.HA_CONFIGURATION, "AutoReconnectInterval").orElseThrow());
        String list = f.run("hagroup listgroups");
        assertTrue(list.contains("                    HA auto recovery:  enabled\n"), list);
        assertTrue(list.contains("         Maximum auto recovery retry:  -1\n"), list);
        assertTrue(list.contains("         Auto recovery poll interval:  120 seconds\n"), list);
    }

    @Test
    void aGroupIsMadeOnceAndAMemberBelongsToOneGroup() {
        LunacmFixture f = fixture();
        String made = f.run("hagroup creategroup -label grp1 -slot 0 -password " + CO);
        assertTrue(made.contains("  New group with label \"grp1\" created with group number 15724130000001.\n"), made);
        assertTrue(made.contains("     0    5724130000001                   ha-a            alive\n"), made);
        String again = f.run("hagroup creategroup -label grp1 -slot 1 -password " + CO);
        assertTrue(again.contains("Error: The label grp1 for the new group has already been used."), again);
        String member = f.run("hagroup addmember -slot 0 -group grp1 -password " + CO);
        assertTrue(member.contains("Error: The member you specified is already part of an HA group."), member);
        String wrong = f.run("hagroup addmember -slot 1 -group grp1 -password wrong");
        assertTrue(wrong.endsWith("Command Result : 0x000000A0 (CKR_PIN_INCORRECT)\n"), wrong);
        assertEquals("5724130000001", conf().get(HaConfiguration.VIRTUAL_TOKEN, "VirtualToken00Members").orElseThrow());
        assertTrue(f.run("hagroup addmember -slot 1 -group grp1 -password " + CO).endsWith("No Error\n"));
        assertEquals("5724130000001,5724140000001",
                conf().get(HaConfiguration.VIRTUAL_TOKEN, "VirtualToken00Members").orElseThrow());
    }

    @Test
    void aFirstMemberWithObjectsAsksWhetherToCopyOrRemoveThem() {
        FakePartition a = FakePartition.ready("5724130000001", "ha-a", "blue", CO);
        a.add("old", dev.dhsm.wire.pkcs11.Cko.SECRET_KEY);
        LunacmFixture f = new LunacmFixture(dir, true, a);
        String quit = f.run("hagroup creategroup -label grp1 -slot 0 -password " + CO, "quit");
        assertTrue(quit.contains("  The member you specified holds 1 object(s).\n"), quit);
        assertTrue(quit.endsWith("Command Result : 0x00000001 (CKR_CANCEL)\n"), quit);
        assertTrue(f.run("hagroup creategroup -label grp1 -slot 0 -password " + CO, "copy").endsWith("No Error\n"));
        assertEquals(1, a.objects().size(), "copy keeps the objects");
    }

    @Test
    void haOnlyListsTheVirtualSlotAlone() {
        LunacmFixture f = fixture();
        f.run("hagroup creategroup -label grp1 -slot 0 -password " + CO);
        String all = f.run("slot list");
        assertTrue(all.contains("  Slot Id ->              2\n  Label ->                grp1\n"), all);
        assertTrue(f.run("hagroup haonly -enable").contains("  HA Only mode has been enabled."));
        String only = f.run("slot list");
        assertTrue(only.contains("  Slot Id ->              0\n  Label ->                grp1\n"), only);
        assertTrue(only.contains("  Slot Description ->     HA Virtual Card Slot\n"), only);
        assertTrue(!only.contains("Net Token Slot"), only);
        assertTrue(f.run("hagroup haonly -show").contains("  HA Only mode is enabled."));
        assertTrue(f.run("hagroup addmember -serialnumber 5724140000001 -group grp1 -password " + CO)
                .endsWith("Command Result : No Error\n"), "members are still found by serial in HA-only mode");
    }

    @Test
    void removingAMemberNotInTheGroupIsRefused() {
        LunacmFixture f = fixture();
        f.run("hagroup creategroup -label grp1 -slot 0 -password " + CO);
        String out = f.run("hagroup removemember -serialnumber 5724140000001 -group grp1");
        assertTrue(out.contains("Error: The member you specified is not part of the HA group grp1."), out);
        assertTrue(f.run("hagroup recover -group nope").contains("Error: The HA group nope does not exist."));
    }
}
