package dev.dhsm.conformance.target;

import java.util.Optional;

/**
 * A further appliance the target's client host reaches besides the target's own (HA groups span appliances): its
 * admin shell over SSH, where clients reach it, and its part of the control plane for faults. On the emulator it is
 * another emulated appliance on its own loopback address, sharing the target's clock.
 */
public interface PeerAppliance {
    /** A short name for reports. */
    String name();

    /** The admin-level account with its factory password. */
    Account adminAccount();

    /** Logs in to its lunash over a real SSH connection. */
    LunashSession openShell(Account who);

    /** Where a client reaches it. */
    ApplianceAddress address();

    /** Its control plane (faults such as a blocked NTLS port); empty on a real appliance. */
    Optional<EmulatorControl> control();
}
