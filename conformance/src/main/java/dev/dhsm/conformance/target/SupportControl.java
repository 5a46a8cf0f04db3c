package dev.dhsm.conformance.target;

/**
 * The outside events a customer cannot cause from lunash: the support requests only Microsoft can carry out on
 * a Dedicated HSM (a factory reset, a hard reboot by datacenter staff) and the one fault FM-19 needs (the next
 * reboot hangs). Reached through {@link EmulatorControl#support()}; a real appliance has none of it.
 */
public interface SupportControl {
    /** Support resets the device to its factory state at once: configuration and key material are lost. */
    void requestFactoryReset();

    /** Support has datacenter staff hard-reboot the device; it happens 48 hours later on the appliance clock. */
    void requestHardReboot();

    /** The next {@code sysconf appliance reboot} hangs unless the KB0019789 patch is installed. */
    void makeNextRebootHang();
}
