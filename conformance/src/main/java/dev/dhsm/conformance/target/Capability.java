package dev.dhsm.conformance.target;

/**
 * What a target can do beyond running lunash over SSH, so a step that needs more than the target offers
 * skips itself with the reason instead of failing or, worse, harming a real appliance.
 */
public enum Capability {
    /** The appliance clock can be moved forward on demand (a 10-minute lockout passes at once). */
    VIRTUAL_TIME,
    /** Faults (a blocked NTLS port, network cuts, hanging reboots) can be injected. */
    FAULTS,
    /** The appliance can be put back to factory state between scenarios. */
    RESET,
    /** The target is disposable: scenarios tagged {@code @guarded} may change state that can be undone. */
    GUARDED_OK,
    /** The target is disposable: scenarios tagged {@code @destructive} may lose its key material. */
    DESTRUCTIVE_OK,
    /** The local serial console (where {@code hsm factoryReset} and the {@code recover} account work) is reachable. */
    SERIAL_CONSOLE,
    /**
     * A client host with LunaCM and the Luna client library ({@link Target#lunacm()}, {@link Target#application()})
     * that reaches the appliance over SSH (certificate exchange) and NTLS.
     */
    LUNACM,
    /** The client host has a Luna Backup HSM as a LunaCM slot ({@code partition archive backup|restore}). */
    BACKUP_HSM,
    /** Support requests (factory reset, hard reboot) can be made and carried out on demand, through the control plane. */
    SUPPORT,
    /** An Azure Resource Manager endpoint for dedicatedHSMs is reachable ({@link Target#arm()}). */
    ARM,
    /**
     * The ARM subscription may be used to create and delete resources (networks, gateways, dedicatedHSMs): free
     * on the emulator, billed on a real subscription, so a real target opts in. Read-only checks do not need it.
     */
    ARM_DEPLOYMENTS,
    /**
     * Further appliances ({@link Target#peerAppliances(int)}) that the same client host reaches, with faults on each
     * through the control plane: HA groups across appliances.
     */
    PEER_APPLIANCES
}
