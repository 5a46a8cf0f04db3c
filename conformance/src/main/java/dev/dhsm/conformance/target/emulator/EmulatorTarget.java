package dev.dhsm.conformance.target.emulator;

import dev.dhsm.app.ApplianceNode;
import dev.dhsm.app.NodeOptions;
import dev.dhsm.conformance.driver.ConsoleDriver;
import dev.dhsm.conformance.driver.SshEndpoint;
import dev.dhsm.conformance.target.Account;
import dev.dhsm.conformance.target.Capability;
import dev.dhsm.conformance.target.ConsoleSession;
import dev.dhsm.conformance.target.EmulatorControl;
import dev.dhsm.conformance.target.LunashSession;
import dev.dhsm.conformance.target.SupportControl;
import dev.dhsm.conformance.target.Target;
import dev.dhsm.conformance.target.TargetException;
import dev.dhsm.model.ApplianceConfig;
import dev.dhsm.model.ManualClock;
import dev.dhsm.model.Profile;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A factory-fresh emulated Azure Dedicated HSM in this process, powered on for one scenario: loopback, any free
 * ports, state in memory, and a manual clock that only the test moves. It is disposable, so guarded and
 * destructive scenarios may run, and its serial console is reachable.
 */
public final class EmulatorTarget implements Target {
    /** When every emulated appliance's clock starts: a fixed instant, so runs are repeatable. */
    public static final Instant CLOCK_START = Instant.parse("2026-01-05T09:00:00Z");
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final Set<Capability> CAPABILITIES = EnumSet.of(Capability.VIRTUAL_TIME,
            Capability.GUARDED_OK, Capability.DESTRUCTIVE_OK, Capability.SERIAL_CONSOLE, Capability.FAULTS, Capability.SUPPORT);

    private final ManualClock clock;
    private final ApplianceNode node;
    private final SshEndpoint ssh;
    private final Profile profile;

    private EmulatorTarget(ManualClock clock, ApplianceNode node, Profile profile) {
        this.clock = clock;
        this.node = node;
        this.profile = profile;
        this.ssh = new SshEndpoint(node.sshAddress(), TIMEOUT);
    }

    /** Powers on a fresh appliance with the Azure profile. */
    public static EmulatorTarget start() {
        return start(Profile.AZURE);
    }

    public static EmulatorTarget start(Profile profile) {
        ManualClock clock = new ManualClock(CLOCK_START);
        NodeOptions options = NodeOptions.ephemeral().withAnyFreePorts().withProfile(profile).withClock(clock);
        try {
            ApplianceNode node = ApplianceNode.start(options);
            try {
                return new EmulatorTarget(clock, node, profile);
            } catch (RuntimeException e) {
                node.close();
                throw e;
            }
        } catch (IOException e) {
            throw new TargetException("Could not start the emulated appliance: " + e.getMessage(), e);
        }
    }

    @Override
    public String name() {
        return "emulator (in-process, " + profile.name().toLowerCase(java.util.Locale.ROOT) + " profile, ssh "
                + node.sshAddress() + ", console " + node.consoleAddress() + ")";
    }

    @Override
    public Set<Capability> capabilities() {
        return CAPABILITIES;
    }

    @Override
    public Account adminAccount() {
        return Account.of(profile.adminAccount(), "PASSWORD");
    }

    @Override
    public Account recoverAccount() {
        return Account.of("recover", "PASSWORD");
    }

    @Override
    public String auditorPassword() {
        return ApplianceConfig.DEFAULT_AUDIT_PASSWORD;
    }

    @Override
    public LunashSession openShell(Account who) {
        return ssh.openShell(who);
    }

    @Override
    public ConsoleSession openConsole() {
        return ConsoleDriver.connect(node.consoleAddress(), TIMEOUT, "\r");
    }

    @Override
    public Optional<EmulatorControl> control() {
        return Optional.of(new EmulatorControl() {
            @Override
            public Instant clock() {
                return clock.now();
            }

            @Override
            public void advanceClock(Duration by) {
                clock.advance(by);
            }

            @Override
            public Optional<SupportControl> support() {
                return Optional.of(new EmulatorSupportControl(node));
            }
        });
    }

    @Override
    public void close() {
        try {
            ssh.close();
        } finally {
            node.close();
        }
    }
}
