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

    /**
     * Why a scenario of this hazard may not run here, or empty when it may (design rule 8). By default a target
     * that declares {@link Capability#GUARDED_OK} and {@link Capability#DESTRUCTIVE_OK} runs everything; a real
     * appliance answers from its target file and the run's {@code --allow-*} flags.
     */
    default Optional<String> hazardRefusal(dev.dhsm.conformance.catalogue.Hazard hazard) {
        return switch (hazard) {
            case SAFE -> Optional.empty();
            case GUARDED -> has(Capability.GUARDED_OK) ? Optional.empty()
                    : Optional.of("@guarded and " + name() + " has not opted in to changes");
            case DESTRUCTIVE -> has(Capability.DESTRUCTIVE_OK) ? Optional.empty()
                    : Optional.of("@destructive and " + name() + " is not disposable");
        };
    }

    /**
     * What the team intends the device's settings to be (HSM policy 15, the CO lockout threshold, the NTLS
     * certificate's remaining days), for the read-only go-live scenarios; a target file's {@code expect} section.
     */
    default dev.dhsm.conformance.target.file.TargetFile.Expectations intended() {
        return dev.dhsm.conformance.target.file.TargetFile.Expectations.defaults();
    }

    /**
     * Whether the appliance's NTLS port accepts a TCP connection from the client host (FM-21): empty when it does,
     * otherwise why not. Nothing is sent on the connection.
     */
    default Optional<String> ntlsPortRefusal() {
        return dev.dhsm.conformance.driver.PortProbe.refusal(address().host(), address().ntlsPort(),
                java.time.Duration.ofSeconds(5));
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
     * The Azure Resource Manager endpoint that manages this target's dedicatedHSMs; empty when the target has none
     * (it then lacks {@link Capability#ARM}).
     */
    default Optional<ArmEndpoint> arm() {
        return Optional.empty();
    }

    /**
     * Where this test host reaches the appliance whose private IP address (its NIC's, in the customer's VNet) is
     * {@code privateIp}: on a real subscription the address itself, with the standard ports; the emulator maps it
     * to the loopback address and ports of the fleet device behind it.
     */
    default ApplianceAddress applianceAt(String privateIp) {
        return new ApplianceAddress(privateIp, ApplianceAddress.SSH_PORT, ApplianceAddress.NTLS_PORT);
    }

    /**
     * Logs in to lunash over SSH on another appliance than the target's own one (one an ARM deployment handed
     * out, found through {@link #applianceAt}).
     *
     * @throws UnsupportedOperationException when the target cannot reach other appliances
     */
    default LunashSession openShell(ApplianceAddress at, Account who) {
        throw new UnsupportedOperationException(name() + " cannot open a shell on " + at.host());
    }

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
