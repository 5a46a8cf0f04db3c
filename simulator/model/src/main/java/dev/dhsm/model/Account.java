package dev.dhsm.model;

/**
 * An appliance shell account (admin, operator, monitor, audit or a custom user): not an HSM role. Its
 * password is stored hashed; a new or reset account must change its password at the next login.
 */
public final class Account {
    public static final String FACTORY_PASSWORD = "PASSWORD";

    private String name;
    private String role;
    private String passwordHash;
    private boolean mustChangePassword;
    private boolean enabled;

    Account() {
    }

    Account(String name, String role, String passwordHash, boolean mustChangePassword, boolean enabled) {
        this.name = name;
        this.role = role;
        this.passwordHash = passwordHash;
        this.mustChangePassword = mustChangePassword;
        this.enabled = enabled;
    }

    static Account factoryFresh(String name, String role, boolean enabled) {
        return new Account(name, role, PasswordHash.factoryDefault(), true, enabled);
    }

    public String name() {
        return name;
    }

    public String role() {
        return role;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public boolean enabled() {
        return enabled;
    }

    boolean passwordMatches(String candidate) {
        return PasswordHash.matches(candidate, passwordHash);
    }

    void setPassword(String password, boolean mustChange) {
        this.passwordHash = PasswordHash.hash(password);
        this.mustChangePassword = mustChange;
    }
}
