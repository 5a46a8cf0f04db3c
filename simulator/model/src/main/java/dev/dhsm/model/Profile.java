package dev.dhsm.model;

/**
 * How an appliance comes out of the box: {@code azure} as Azure Dedicated HSM delivers it (admin account
 * {@code tenantadmin}, audit role initialized by the operator) or {@code thales} as the vendor ships it.
 */
public enum Profile {
    AZURE("tenantadmin", true),
    THALES("admin", false);

    private final String adminAccount;
    private final boolean auditInitialized;

    Profile(String adminAccount, boolean auditInitialized) {
        this.adminAccount = adminAccount;
        this.auditInitialized = auditInitialized;
    }

    public String adminAccount() {
        return adminAccount;
    }

    public boolean auditInitialized() {
        return auditInitialized;
    }

    public static Profile parse(String text) {
        for (Profile p : values()) {
            if (p.name().equalsIgnoreCase(text)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown profile '" + text + "' (azure or thales)");
    }
}
