package dev.dhsm.conformance.target;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The emulator's test-control plane: what a real appliance cannot offer (its clock, faults, resets). */
public interface EmulatorControl {
    /** The appliance clock now. */
    Instant clock();

    /** Moves the appliance clock forward. */
    void advanceClock(Duration by);

    /**
     * Blocks or unblocks the appliance's NTLS port (TCP 1792) as a network change between client and appliance
     * would (FM-21): clients cannot open a connection, lunash over SSH is not affected. Needs
     * {@link Capability#FAULTS}.
     */
    void blockNtlsPort(boolean blocked);

    /**
     * Cuts the appliance off the network, or connects it again, as a broken path between client and appliance would:
     * every connection (NTLS and SSH) drops and none can be opened. Needs {@link Capability#FAULTS}.
     */
    default void cutNetwork(boolean cut) {
        throw new UnsupportedOperationException("this control plane cannot cut an appliance off the network");
    }

    /** Support requests and the hanging-reboot fault (FM-12, FM-18, FM-19); empty when the plane lacks them. */
    default Optional<SupportControl> support() {
        return Optional.empty();
    }

    /**
     * Makes the appliance's NTLS server certificate expire now, as if its validity had run out (FM-20): clients
     * fail their handshake until it is regenerated and exchanged again. Needs {@link Capability#FAULTS}.
     */
    void expireNtlsCertificate();

    /** The Azure side of the control plane (allow list, occupancy, device allocation); empty when there is none. */
    default Optional<ArmControl> arm() {
        return Optional.empty();
    }
}
