package dev.dhsm.conformance.target.emulator;

import dev.dhsm.app.Fleet;
import dev.dhsm.app.FleetMember;
import dev.dhsm.app.FleetOptions;
import dev.dhsm.app.NodeOptions;
import dev.dhsm.app.control.FleetClock;
import dev.dhsm.conformance.driver.SshEndpoint;
import dev.dhsm.conformance.target.Account;
import dev.dhsm.conformance.target.ApplianceAddress;
import dev.dhsm.conformance.target.EmulatorControl;
import dev.dhsm.conformance.target.LunashSession;
import dev.dhsm.conformance.target.PeerAppliance;
import dev.dhsm.conformance.target.TargetException;
import dev.dhsm.model.ManualClock;
import dev.dhsm.model.Profile;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * A further factory-fresh emulated appliance next to an {@link EmulatorTarget}'s own, for HA groups: its own
 * loopback address ({@code 127.0.0.N}, so {@code Chrystoki.conf} names it apart as real appliances are), any free
 * ports, state in memory, the target's manual clock, and its own control plane for faults.
 */
final class EmulatorPeer implements PeerAppliance, AutoCloseable {
    private final Fleet fleet;
    private final FleetMember node;
    private final SshEndpoint ssh;
    private final Profile profile;
    private final InProcessControl control;

    private EmulatorPeer(Fleet fleet, ManualClock clock, Profile profile, Duration timeout) {
        this.fleet = fleet;
        this.node = fleet.members().get(0);
        this.profile = profile;
        this.ssh = new SshEndpoint(node.sshAddress(), timeout);
        this.control = new InProcessControl(new dev.dhsm.app.control.EmulatorControl(fleet, FleetClock.of(clock)),
                node.id(), new EmulatorSupportControl(node.node()));
    }

    /** Powers on peer number {@code index} (1, 2 ...) at {@code 127.0.0.(index + 1)}. */
    static EmulatorPeer start(int index, ManualClock clock, Profile profile, Duration timeout) {
        NodeOptions options = NodeOptions.ephemeral().withAnyFreePorts().withProfile(profile).withClock(clock)
                .withBindAddress("127.0.0." + (index + 1)).withCertificateIssuer(EmulatorTarget.NTLS_KEYS)
                .withAppliance("hsm" + (index + 1), Long.toString(Long.parseLong(NodeOptions.DEFAULT_HSM_SERIAL)
                        + index));
        try {
            Fleet fleet = Fleet.start(FleetOptions.single(options));
            try {
                return new EmulatorPeer(fleet, clock, profile, timeout);
            } catch (RuntimeException e) {
                fleet.close();
                throw e;
            }
        } catch (IOException e) {
            throw new TargetException("Could not start a further emulated appliance: " + e.getMessage(), e);
        }
    }

    @Override
    public String name() {
        return "emulated appliance " + node.id() + " (ssh " + node.sshAddress() + ", ntls " + node.ntlsAddress() + ")";
    }

    @Override
    public Account adminAccount() {
        return Account.of(profile.adminAccount(), "PASSWORD");
    }

    @Override
    public LunashSession openShell(Account who) {
        return ssh.openShell(who);
    }

    @Override
    public ApplianceAddress address() {
        return new ApplianceAddress(node.sshAddress().getAddress().getHostAddress(), node.sshAddress().getPort(),
                node.ntlsAddress().getPort());
    }

    @Override
    public Optional<EmulatorControl> control() {
        return Optional.of(control);
    }

    @Override
    public void close() {
        try (AutoCloseable f = fleet) {
            ssh.close();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new TargetException("Could not power a further appliance off: " + e.getMessage(), e);
        }
    }
}
