package dev.dhsm.conformance.target;

import java.util.Optional;
import java.util.Set;

/**
 * An appliance the conformance suite runs against: the in-process emulator, an emulator at an address, or a
 * real Luna 7 Network HSM. Steps talk only to this; it speaks the wire.
 */
public interface Target extends AutoCloseable {
    /** A short name for reports, e.g. {@code emulator (in-process)}. */
    String name();

    Set<Capability> capabilities();

    default boolean has(Capability capability) {
        return capabilities().contains(capability);
    }

    /** The admin-level account ({@code tenantadmin} on Azure) with its current password. */
    Account adminAccount();

    /** The serial-console-only account that puts the admin password back to {@code PASSWORD}. */
    Account recoverAccount();

    /** The Auditor's password (the emulator's Azure profile uses {@code PASSWORD}; a real device's comes from the environment). */
    String auditorPassword();

    /** Logs in to lunash over a real SSH connection. */
    LunashSession openShell(Account who);

    /**
     * Connects to the serial console.
     *
     * @throws UnsupportedOperationException when the target lacks {@link Capability#SERIAL_CONSOLE}
     */
    ConsoleSession openConsole();

    /** Where a client reaches the appliance (SSH for the certificate exchange, NTLS for everything else). */
    ApplianceAddress address();

    /**
     * Starts LunaCM on the target's client host. Every process started for one target shares that host: its
     * {@code Chrystoki.conf}, its client certificate and its Backup HSM.
     *
     * @throws UnsupportedOperationException when the target lacks {@link Capability#LUNACM}
     */
    LunacmSession lunacm();

    /**
     * A PKCS#11 application on the same client host as {@link #lunacm()}.
     *
     * @throws UnsupportedOperationException when the target lacks {@link Capability#LUNACM}
     */
    ClientApplication application();

    /**
     * Further appliances the client host reaches besides this one (HA groups), at least {@code count} of them, made
     * on first use on the emulator.
     *
     * @throws UnsupportedOperationException when the target lacks {@link Capability#PEER_APPLIANCES}
     */
    default java.util.List<PeerAppliance> peerAppliances(int count) {
        throw new UnsupportedOperationException(name() + " reaches no further appliances");
    }

    /** The test-control plane; empty on a real appliance. */
    Optional<EmulatorControl> control();

    @Override
    void close();
}
