package dev.dhsm.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SystemOperationsTest {
    private final ModelFixture f = new ModelFixture();
    private final Appliance a = f.appliance;

    @Test
    void aNetworkChangeThatBreaksThePathCutsTheApplianceOffUntilTheSupportReset() {
        f.initialized();
        a.run(tx -> tx.partitions().create(f.ssh, "p1", null));
        assertEquals(Reachability.UP, reach());
        a.run(tx -> tx.system().setInterfaceStatic("eth0", "10.9.9.9", "255.255.255.0", "10.9.9.1"));
        assertFalse(reach().ssh());
        assertFalse(reach().ntls());
        assertTrue(reach().console());
        assertFalse(f.ssh.open());
        a.run(tx -> tx.system().supportFactoryReset());
        assertEquals(Reachability.UP, reach());
        assertEquals(HsmLifecycle.FACTORY_FRESH, a.transact(tx -> tx.hsm().lifecycle()));
        assertTrue(a.transact(tx -> tx.partitions().list()).isEmpty());
        assertEquals(LoginOutcome.Kind.ACCEPTED, a.login("tenantadmin", "PASSWORD", Channel.SSH, "x").kind());
    }

    @Test
    void routingTheClientNetworkElsewhereBreaksThePathToo() {
        a.run(tx -> tx.system().addRoute(new NetworkRoute("127.0.0.0", "255.255.255.0", "192.168.7.1", "eth1")));
        assertFalse(reach().ssh());
    }

    @Test
    void anUnpatchedRebootCanHangUntilTheHardRebootFortyEightHoursLater() {
        a.run(tx -> tx.system().setNextRebootHangs(true));
        assertEquals(RebootOutcome.HUNG, a.transact(tx -> tx.system().reboot()));
        assertFalse(reach().console());
        a.run(tx -> tx.system().supportHardReboot());
        f.clock.advance(Duration.ofHours(47));
        assertFalse(reach().ssh());
        f.clock.advance(Duration.ofHours(1));
        assertEquals(Reachability.UP, reach());
    }

    @Test
    void aPatchedRebootNeverHangsAndKeepsTheState() {
        f.initialized();
        a.run(tx -> tx.partitions().create(f.ssh, "p1", null));
        f.files.write("tenantadmin", "kb.spkg", ("dhsm-spkg 1\nPackage: lunasa_kb0019789\nVersion: 1.0.0\n"
                + "Authcode: A1\n").getBytes(StandardCharsets.UTF_8));
        a.run(tx -> tx.packages().update(f.ssh, "kb.spkg", "A1"));
        a.run(tx -> tx.system().setNextRebootHangs(true));
        assertEquals(RebootOutcome.CLEAN, a.transact(tx -> tx.system().reboot()));
        assertFalse(f.ssh.open());
        assertEquals(Reachability.UP, reach());
        assertEquals(1, a.transact(tx -> tx.partitions().list()).size());
    }

    @Test
    void aSeededProbabilityIsDeterministic() {
        ModelFixture g = new ModelFixture();
        a.run(tx -> tx.system().setRebootHangProbability(0.5, 42));
        g.appliance.run(tx -> tx.system().setRebootHangProbability(0.5, 42));
        for (int i = 0; i < 8; i++) {
            RebootOutcome one = a.transact(tx -> tx.system().reboot());
            RebootOutcome two = g.appliance.transact(tx -> tx.system().reboot());
            assertEquals(one, two);
            if (one == RebootOutcome.HUNG) {
                a.run(tx -> tx.system().supportHardReboot());
                g.appliance.run(tx -> tx.system().supportHardReboot());
                f.clock.advance(Duration.ofHours(48));
                g.clock.advance(Duration.ofHours(48));
            }
        }
    }

    @Test
    void blockingPort1792LeavesSshWorking() {
        a.run(tx -> tx.system().setNtlsPortBlocked(true));
        assertTrue(reach().ssh());
        assertFalse(reach().ntls());
        a.run(tx -> tx.system().setNtlsPortBlocked(false));
        assertEquals(Reachability.UP, reach());
    }

    private Reachability reach() {
        return a.transact(tx -> tx.system().reachability());
    }
}
