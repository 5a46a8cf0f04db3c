package dev.dhsm.model;

/**
 * How to build a factory-fresh appliance: its id within the fleet, profile, HSM serial, host name, and the
 * auditor password the operator set when it initialized the audit role (Azure profile).
 */
public record ApplianceConfig(String id, Profile profile, String hsmSerial, String hostname, String auditPassword) {
    public static final String DEFAULT_HOSTNAME = "local_host";
    public static final String DEFAULT_AUDIT_PASSWORD = "PASSWORD";

    public static ApplianceConfig azure(String id, String hsmSerial) {
        return new ApplianceConfig(id, Profile.AZURE, hsmSerial, DEFAULT_HOSTNAME, DEFAULT_AUDIT_PASSWORD);
    }

    public ApplianceConfig withProfile(Profile newProfile) {
        return new ApplianceConfig(id, newProfile, hsmSerial, hostname, auditPassword);
    }
}
