package dev.dhsm.model;

/**
 * One partition role's credential state: initialized or not, its hashed password, consecutive failed
 * logins, whether it is locked out, and whether its password must be changed before use (policy 21).
 */
public final class RoleState {
    private boolean initialized;
    private String pinHash;
    private int failures;
    private boolean locked;
    private boolean pinExpired;

    RoleState() {
    }

    public boolean initialized() {
        return initialized;
    }

    public int failures() {
        return failures;
    }

    public boolean locked() {
        return locked;
    }

    public boolean pinExpired() {
        return pinExpired;
    }

    boolean pinMatches(String pin) {
        return PasswordHash.matches(pin, pinHash);
    }

    void set(String pin, boolean expired) {
        initialized = true;
        pinHash = PasswordHash.hash(pin);
        failures = 0;
        locked = false;
        pinExpired = expired;
    }

    void erase() {
        initialized = false;
        pinHash = null;
        failures = 0;
        locked = false;
        pinExpired = false;
    }

    int recordFailure() {
        return ++failures;
    }

    void lock() {
        locked = true;
    }

    void resetFailures() {
        failures = 0;
    }
}
