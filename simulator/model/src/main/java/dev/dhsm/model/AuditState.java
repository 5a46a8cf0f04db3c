package dev.dhsm.model;

import java.time.Instant;

/**
 * The HSM Auditor role: whether it is initialized, its credential, consecutive failed logins, and the
 * moment a lockout ends (10 minutes after the tenth failure, on the appliance clock).
 */
public final class AuditState {
    private boolean initialized;
    private String passwordHash;
    private int failures;
    private Instant lockedUntil;

    AuditState() {
    }

    public boolean initialized() {
        return initialized;
    }

    public int failures() {
        return failures;
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    void initialize(String password) {
        initialized = true;
        passwordHash = Account.FACTORY_PASSWORD.equals(password) ? PasswordHash.factoryDefault()
                : PasswordHash.hash(password);
        failures = 0;
        lockedUntil = null;
    }

    void erase() {
        initialized = false;
        passwordHash = null;
        failures = 0;
        lockedUntil = null;
    }

    boolean passwordMatches(String candidate) {
        return PasswordHash.matches(candidate, passwordHash);
    }

    /** Clears a lockout whose time has passed, so counting starts afresh. */
    void expireLock(Instant now) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            lockedUntil = null;
            failures = 0;
        }
    }

    int recordFailure() {
        return ++failures;
    }

    void lockUntil(Instant until) {
        lockedUntil = until;
    }

    void resetFailures() {
        failures = 0;
        lockedUntil = null;
    }
}
