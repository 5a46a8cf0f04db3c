package dev.dhsm.model;

/**
 * How to build a factory-fresh appliance: its id within the fleet, profile, HSM serial, host name, the
 * auditor password the operator set when it initialized the audit role (Azure profile), and its address.
 */
public record ApplianceConfig(String id, Profile profile, String hsmSerial, String hostname, String auditPassword,
                              String address) {
    public static final String DEFAULT_HOSTNAME = "local_host";
    public static final String DEFAULT_AUDIT_PASSWORD = "PASSWORD";
    public static final String DEFAULT_ADDRESS = "127.0.0.1";

    public ApplianceConfig(String id, Profile profile, String hsmSerial, String hostname, String auditPassword) {
        this(id, profile, hsmSerial, hostname, auditPassword, DEFAULT_ADDRESS);
    }

    public static ApplianceConfig azure(String id, String hsmSerial) {
        return new ApplianceConfig(id, Profile.AZURE, hsmSerial, DEFAULT_HOSTNAME, DEFAULT_AUDIT_PASSWORD);
    }

    public ApplianceConfig withProfile(Profile newProfile) {
        return new ApplianceConfig(id, newProfile, hsmSerial, hostname, auditPassword, address);
    }

    /** The same appliance at another address (its NIC's private IP on the customer network). */
    public ApplianceConfig withAddress(String newAddress) {
        return new ApplianceConfig(id, profile, hsmSerial, hostname, auditPassword, newAddress);
    }
}
