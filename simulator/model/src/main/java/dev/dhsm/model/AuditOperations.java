package dev.dhsm.model;

import java.time.Instant;

/**
 * The HSM Auditor role from lunash: {@code audit login} with the 10-failure lockout that lifts itself
 * 10 minutes later on the appliance clock, and {@code audit logout}.
 */
public final class AuditOperations {
    private final ApplianceTx tx;
    private final AuditState audit;

    AuditOperations(ApplianceTx tx) {
        this.tx = tx;
        this.audit = tx.state().audit();
    }

    public boolean initialized() {
        return audit.initialized();
    }

    /** Whether the auditor is locked out now, and until when. */
    public Instant lockedUntil() {
        Instant now = tx.clock().now();
        return audit.lockedAt(now) ? audit.lockedUntil() : null;
    }

    public int attemptsLeft() {
        audit.expireLock(tx.clock().now());
        return LoginRule.AUDITOR.attemptsLeft(audit.failures());
    }

    public void login(ShellSession session, String password) {
        if (!audit.initialized()) {
            throw LunaException.of(LunaError.LOG_AUDIT_NOT_INITIALIZED);
        }
        Instant now = tx.clock().now();
        if (audit.lockedAt(now)) {
            throw LunaException.withDetail(LunaError.AUDIT_LOGIN_TIMEOUT_IN_PROGRESS,
                    "The Auditor is locked out after too many failed logins. Try again after "
                            + audit.lockedUntil() + ".");
        }
        if (audit.lockedUntil() != null) {
            audit.expireLock(now);
            tx.log("messages", "local0", "info", "lunash", "audit role lockout expired");
        }
        if (session.auditLoggedIn()) {
            throw LunaException.of(LunaError.USER_ALREADY_LOGGED_IN);
        }
        if (!audit.passwordMatches(password)) {
            int failures = audit.recordFailure();
            tx.markDirty();
            if (LoginRule.AUDITOR.reached(failures)) {
                audit.lockUntil(now.plus(LoginRule.AUDIT_LOCKOUT));
                tx.log("messages", "local0", "warning", "lunash", "audit login failure threshold reached ("
                        + failures + "): Auditor locked for 10 minutes");
                throw LunaException.of(LunaError.AUDIT_LOGIN_FAILURE_THRESHOLD);
            }
            tx.log("messages", "local0", "warning", "lunash", "audit login failed (" + failures
                    + " consecutive failures)");
            throw LunaException.of(LunaError.UM_PIN_INCORRECT);
        }
        if (audit.failures() != 0) {
            tx.markDirty();
        }
        audit.resetFailures();
        session.setAuditLoggedIn(true);
        tx.log("messages", "local0", "info", "lunash", "audit login: Auditor logged in by " + session.account());
    }

    public void logout(ShellSession session) {
        if (!session.auditLoggedIn()) {
            throw LunaException.of(LunaError.USER_NOT_LOGGED_IN);
        }
        session.setAuditLoggedIn(false);
    }
}
