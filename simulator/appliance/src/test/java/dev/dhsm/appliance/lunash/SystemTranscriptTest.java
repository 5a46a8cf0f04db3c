package dev.dhsm.appliance.lunash;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SystemTranscriptTest {
    private final ShellFixture f = new ShellFixture();

    @Test
    void aBreakingNetworkChangeEndsTheSession() {
        assertTrue(f.run("network show").contains("   IP Address:   127.0.0.1\n"));
        String out = f.run("network interface static -device eth0 -ip 10.1.1.5 -netmask 255.255.255.0", "proceed");
        assertTrue(out.contains("WARNING:  Changing the network configuration may disconnect this session"), out);
        assertTrue(out.contains("'network interface static' successful."), out);
        assertFalse(f.session.open());
        assertFalse(f.appliance.transact(tx -> tx.system().reachability()).ssh());
    }

    @Test
    void routesAreListed() {
        f.run("network route add -network 10.20.0.0 -netmask 255.255.0.0 -gateway 10.0.0.254 -device eth1 -force");
        String show = f.run("network route show");
        assertTrue(show.contains("10.20.0.0        255.255.0.0      10.0.0.254       eth1"), show);
        assertTrue(f.session.open());
    }

    @Test
    void rebootDropsTheSessionAndAnswersWhileItGoesDown() {
        String out = f.run("sysconf appliance reboot", "proceed");
        assertTrue(out.contains("The system is going down for reboot NOW!"), out);
        assertFalse(f.session.open());
    }
}
