package dev.dhsm.client.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dhsm.appliance.ntls.NtlsListener;
import dev.dhsm.client.ChrystokiConf;
import dev.dhsm.client.EcCurve;
import dev.dhsm.client.KeyPairTemplate;
import dev.dhsm.client.Mechanisms;
import dev.dhsm.client.Role;
import dev.dhsm.client.Session;
import dev.dhsm.client.Slot;
import dev.dhsm.client.ha.HaClient;
import dev.dhsm.client.ha.HaConfiguration;
import dev.dhsm.client.ha.MemberState;
import dev.dhsm.client.ha.MemberStatus;
import dev.dhsm.client.lunacm.LunaCm;
import dev.dhsm.client.lunacm.Lunacm;
import dev.dhsm.client.lunacm.LunacmEnvironment;
import dev.dhsm.client.lunacm.LunacmState;
import dev.dhsm.wire.message.KeyPairHandles;
import dev.dhsm.wire.pkcs11.Cko;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HA groups over two whole in-process appliances (127.0.0.1 and 127.0.0.2), driven through LunaCM's {@code hagroup}
 * commands and the library's virtual slot: replication by cloning, failover while signing, FM-22 (a failed member
 * stays out until {@code hagroup recover}, or until auto-recovery on the virtual clock) and FM-23 (conflicting
 * cloning domains: the warning, then the documented fix).
 */
class HaGroupTest {

    static final String PO = "Po#Passw0rd";
    static final String CO = "Co#Passw0rd";
    static final byte[] DATA = "ha data".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;
    InProcessAppliance a;
    InProcessAppliance b;
    NtlsListener ntlsA;
    NtlsListener ntlsB;
    LunacmState state;
    Lunacm lunacm;

    @BeforeEach
    void start() throws Exception {
        a = new InProcessAppliance(dir.resolve("a"), "127.0.0.1", "1234567", List.of("par1"));
        b = new InProcessAppliance(dir.resolve("b"), "127.0.0.2", "2345678", List.of("par1", "par2"));
        ntlsA = NtlsListener.start(a.appliance, a.issuer, new InetSocketAddress("127.0.0.1", 0));
        ntlsB = NtlsListener.start(b.appliance, b.issuer, new InetSocketAddress("127.0.0.2", 0));
        Path conf = dir.resolve("client").resolve("Chrystoki.conf");
        ChrystokiConf.empty().write(conf);
        state = LunaCm.state(new LunacmEnvironment(a.clock::now, new SecureRandom(), conf, conf.getParent()));
        lunacm = new Lunacm(state);
        deploy(a, ntlsA, "127.0.0.1", "par1");
        deploy(b, ntlsB, "127.0.0.2", "par1");
    }

    @AfterEach
    void stop() {
        state.close();
        ntlsA.close();
        ntlsB.close();
        a.close();
        b.close();
    }

    String run(String line, String... answers) {
        return LunacmLines.run(lunacm, line, answers);
    }

    String ok(String line, String... answers) {
        return LunacmLines.ok(lunacm, line, answers);
    }

    void deploy(InProcessAppliance hsm, NtlsListener ntls, String host, String partition) {
        ok("clientconfig deploy -server " + host + " -sshport " + hsm.sshPort() + " -ntlsport "
                + ntls.address().getPort() + " -client web01 -partition " + partition + " -user "
                + InProcessAppliance.ADMIN, InProcessAppliance.ADMIN_PASSWORD);
    }

    void initPartition(long slot, String label, String domain) {
        ok("slot set -slot " + slot);
        ok("partition init -label " + label + " -domain " + domain, PO, PO, "proceed");
        ok("role login -name po", PO);
        ok("role init -name co -password Co#Init000");
        ok("role logout");
        ok("role login -name co -password Co#Init000");
        ok("role changepw -name co -oldpw Co#Init000 -newpw " + CO);
        ok("role logout");
    }

    HaClient ha() {
        return (HaClient) state.client();
    }

    String serial(long slot) {
        return state.slot(slot).partitionSerial();
    }

    MemberState stateOf(String serial) {
        return ha().status("grp").stream().filter(m -> m.serial().equals(serial)).map(MemberStatus::state)
                .findFirst().orElseThrow();
    }

    int objectsOn(long slot, String label) {
        try (Session s = ha().physical().openPartitionSession(serial(slot))) {
            s.login(Role.CO, CO);
            return s.findObjects(label, Cko.PRIVATE_KEY).size();
        }
    }

    void blockNtls(InProcessAppliance hsm, boolean blocked) {
        hsm.appliance.run(tx -> tx.system().setNtlsPortBlocked(blocked));
    }

    void group(String domainB) {
        state.refreshSlots();
        initPartition(0, "ha-a", "blue");
        initPartition(1, "ha-b", domainB);
        ok("hagroup creategroup -label grp -slot 0 -password " + CO);
    }

    boolean signs(Session s, KeyPairHandles keys) {
        return s.verify(keys.publicKey(), Mechanisms.ecdsaSha256(), DATA,
                s.sign(keys.privateKey(), Mechanisms.ecdsaSha256(), DATA));
    }

    @Test
    void aFailedMemberIsSkippedAndStaysOutUntilRecovered() {
        group("blue");
        String added = ok("hagroup addmember -slot 1 -group grp -password " + CO);
        assertFalse(added.contains("Warning"), added);
        String listing = ok("slot list");
        assertTrue(listing.contains("  Slot Id ->              2\n  Label ->                grp\n  Serial Number ->"
                + "        1" + serial(0) + "\n  Model ->                LunaVirtual\n"), listing);
        assertTrue(listing.contains("  Slot Description ->     HA Virtual Card Slot\n"), listing);
        ChrystokiConf conf = ChrystokiConf.read(state.environment().confFile());
        assertEquals(serial(0) + "," + serial(1), conf.get(HaConfiguration.VIRTUAL_TOKEN, "VirtualToken00Members")
                .orElseThrow());

        Session s = ha().openSession(2);
        s.login(Role.CO, CO);
        KeyPairHandles keys = s.generateKeyPair(KeyPairTemplate.ec(EcCurve.P256).withLabel("sig1"));
        assertEquals(1, objectsOn(0, "sig1"), "made on one member");
        assertEquals(1, objectsOn(1, "sig1"), "and cloned to the other");
        ok("slot set -slot 2");
        ok("role login -name co -password " + CO);
        String contents = ok("partition contents");
        assertTrue(contents.contains("sig1"), contents);
        ok("role logout");

        blockNtls(b, true);
        for (int i = 0; i < 6; i++) {
            assertTrue(signs(s, keys), "signing goes on while a member is down");
        }
        assertEquals(MemberState.DOWN, stateOf(serial(1)));
        blockNtls(b, false);
        for (int i = 0; i < 4; i++) {
            assertTrue(signs(s, keys));
        }
        assertEquals(MemberState.DOWN, stateOf(serial(1)), "FM-22: no recovery by default");
        KeyPairHandles later = s.generateKeyPair(KeyPairTemplate.ec(EcCurve.P256).withLabel("sig2"));
        assertEquals(0, objectsOn(1, "sig2"), "a down member gets nothing");
        String groups = ok("hagroup listgroups -password " + CO);
        assertTrue(groups.contains("Maximum auto recovery retry:  0\n"), groups);
        assertTrue(groups.matches("(?s).*\\s+1    " + serial(1) + "\\s+ha-b\\s+down\n.*"), groups);

        String recovered = ok("hagroup recover -group grp");
        assertTrue(recovered.contains("  Member " + serial(1) + " has been recovered."), recovered);
        assertEquals(MemberState.ALIVE, stateOf(serial(1)));
        for (int i = 0; i < 4; i++) {
            assertTrue(signs(s, keys) && signs(s, later));
        }
        assertEquals(1, objectsOn(1, "sig2"), "the recovered member was synchronized when the session used it");
        s.close();
    }

    @Test
    void aMemberThatRefusesTheGroupsLoginIsDroppedNotHammered() {
        group("blue");
        ok("hagroup addmember -slot 1 -group grp -password " + CO);
        Session s = ha().openSession(2);
        s.login(Role.CO, CO);
        KeyPairHandles keys = s.generateKeyPair(KeyPairTemplate.ec(EcCurve.P256).withLabel("sig1"));
        blockNtls(b, true);
        assertTrue(signs(s, keys) && signs(s, keys));
        blockNtls(b, false);
        ok("slot set -slot 1");
        run("role show -name co"); // LunaCM's own session went with the dropped connection; this forgets it
        ok("role login -name co -password " + CO);
        ok("role changepw -name co -oldpw " + CO + " -newpw Co#Other000");
        ok("role logout");
        ok("hagroup recover -group grp");
        for (int i = 0; i < 12; i++) {
            assertTrue(signs(s, keys), "the group answers from the other member");
        }
        assertEquals(MemberState.DOWN, stateOf(serial(1)));
        String roles = ok("role show -name co");
        assertTrue(roles.matches("(?s).*Failed Login Attempts ->\\s+1\n.*"), "one refused login, not one per request: "
                + roles);
        s.close();
    }

    @Test
    void aRetryCountRecoversTheMemberOnTheClockWhileTheApplicationCalls() {
        group("blue");
        ok("hagroup addmember -slot 1 -group grp -password " + CO);
        ok("hagroup retry -count 3");
        ok("hagroup interval -seconds 60");
        ha().configure(ChrystokiConf.read(state.environment().confFile()));
        Session s = ha().openSession(2);
        s.login(Role.CO, CO);
        KeyPairHandles keys = s.generateKeyPair(KeyPairTemplate.ec(EcCurve.P256).withLabel("sig1"));
        blockNtls(b, true);
        assertTrue(signs(s, keys) && signs(s, keys));
        assertEquals(MemberState.DOWN, stateOf(serial(1)));
        blockNtls(b, false);
        advance(Duration.ofSeconds(59));
        assertTrue(signs(s, keys));
        assertEquals(MemberState.DOWN, stateOf(serial(1)), "not before the interval");
        advance(Duration.ofSeconds(1));
        assertEquals(MemberState.DOWN, stateOf(serial(1)), "an idle client does not try");
        assertTrue(signs(s, keys));
        assertEquals(MemberState.ALIVE, stateOf(serial(1)));

        blockNtls(b, true);
        assertTrue(signs(s, keys) && signs(s, keys));
        for (int i = 0; i < 4; i++) {
            advance(Duration.ofSeconds(60));
            assertTrue(signs(s, keys));
        }
        blockNtls(b, false);
        advance(Duration.ofSeconds(60));
        assertTrue(signs(s, keys));
        assertEquals(MemberState.DOWN, stateOf(serial(1)), "three attempts were used up");
        ok("hagroup recover -group grp");
        assertEquals(MemberState.ALIVE, stateOf(serial(1)));
        s.close();
    }

    @Test
    void conflictingCloningDomainsWarnAndTheDocumentedFixWorks() {
        group("red");
        String added = ok("hagroup addmember -slot 1 -group grp -password " + CO);
        assertTrue(added.contains("Warning: Synchronize may fail.  The members in slot 0 and slot 1 have conflicting"
                + " settings for private key cloning.\n"), added);
        Session s = ha().openSession(2);
        s.login(Role.CO, CO);
        KeyPairHandles keys = s.generateKeyPair(KeyPairTemplate.ec(EcCurve.P256).withLabel("sig1"));
        assertTrue(signs(s, keys));
        assertEquals(0, objectsOn(1, "sig1"), "the other domain refuses the clone");
        long extra = s.generateKey(dev.dhsm.client.SecretKeyTemplate.aes(256).withLabel("gone"));
        s.destroy(extra);
        assertEquals(List.of(), s.findObjects("gone", null), "destroyed where it exists, skipped where it does not");
        String listed = ok("hagroup listgroups -password " + CO);
        assertTrue(listed.contains("                          Needs sync:  yes\n"), listed);
        String sync = run("hagroup synchronize -group grp -password " + CO);
        assertTrue(sync.contains("Warning: Synchronize may fail.  The members in slot 0 and slot 1"), sync);
        assertTrue(sync.endsWith("Command Result : 0x80000103 (CKR_CERTIFICATE_INVALID)\n"), sync);

        deploy(b, ntlsB, "127.0.0.2", "par2");
        List<Slot> slots = state.refreshSlots();
        assertEquals("HA Virtual Card Slot", slots.get(3).description());
        initPartition(2, "ha-c", "blue");
        ok("hagroup addmember -slot 2 -group grp -password " + CO);
        ok("hagroup removemember -serialnumber " + serial(1) + " -group grp");
        String fixed = ok("hagroup synchronize -group grp -password " + CO);
        assertFalse(fixed.contains("Warning"), fixed);
        assertTrue(fixed.contains("  2 object(s) cloned to member " + serial(2) + "."), fixed);
        assertEquals(1, objectsOn(2, "sig1"));
        assertTrue(ok("hagroup listgroups -password " + CO).contains("Needs sync:  no\n"));
        s.close();
    }

    @Test
    void aMemberRebuiltAfterAResetGetsTheKeysBackBySynchronizing() {
        group("blue");
        ok("hagroup addmember -slot 1 -group grp -password " + CO);
        Session s = ha().openSession(2);
        s.login(Role.CO, CO);
        KeyPairHandles keys = s.generateKeyPair(KeyPairTemplate.ec(EcCurve.P256).withLabel("sig1"));
        String lost = serial(1);
        b.lunash("hsm login -password " + InProcessAppliance.HSM_SO_PASSWORD, "partition delete -partition par1 -force",
                "partition create -partition par1 -force");
        assertTrue(signs(s, keys), "the group carries on with the other member");
        assertEquals(MemberState.DOWN, stateOf(lost));
        s.close();

        deploy(b, ntlsB, "127.0.0.2", "par1");
        state.refreshSlots();
        initPartition(1, "ha-b2", "blue");
        String rebuilt = serial(1);
        assertFalse(rebuilt.equals(lost), "a new partition has a new serial");
        ok("hagroup removemember -serialnumber " + lost + " -group grp");
        ok("hagroup addmember -slot 1 -group grp -password " + CO);
        String sync = ok("hagroup synchronize -group grp -password " + CO);
        assertTrue(sync.contains("  2 object(s) cloned to member " + rebuilt + "."), sync);
        assertEquals(1, objectsOn(1, "sig1"));
    }

    private void advance(Duration by) {
        a.clock.advance(by);
        b.clock.advance(by);
    }
}
