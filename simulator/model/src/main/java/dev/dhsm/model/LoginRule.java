package dev.dhsm.model;

/**
 * Failed-login thresholds and what crossing them does, per role, as Luna 7 (software 7.2, firmware 7.0.3)
 * applies them. Consecutive failures count; a successful login resets the counter.
 *
 * <pre>
 * role            threshold   consequence                         recovery
 * HSM_SO          3 (fixed)   HSM zeroized                        hsm init, restore from backup
 * AUDITOR         10          locked for 10 minutes               wait
 * PARTITION_SO    10          partition zeroized                  partition init, restore
 * CRYPTO_OFFICER  10 (pol.20) locked (policy 15=1: PO resets;      role resetpw / re-init + restore
 *                             policy 15=0: for good)
 * CRYPTO_USER     10 (pol.20) locked                              CO role resetpw -name cu
 * </pre>
 */
public enum LoginRule {
    HSM_SO(3, Consequence.ZEROIZE_HSM),
    AUDITOR(10, Consequence.LOCK_FOR_TEN_MINUTES),
    PARTITION_SO(10, Consequence.ZEROIZE_PARTITION),
    CRYPTO_OFFICER(10, Consequence.LOCK_ROLE),
    CRYPTO_USER(10, Consequence.LOCK_ROLE);

    /** How long the auditor stays locked after reaching its threshold. */
    public static final java.time.Duration AUDIT_LOCKOUT = java.time.Duration.ofMinutes(10);

    private final int threshold;
    private final Consequence consequence;

    LoginRule(int threshold, Consequence consequence) {
        this.threshold = threshold;
        this.consequence = consequence;
    }

    public int threshold() {
        return threshold;
    }

    public Consequence consequence() {
        return consequence;
    }

    /** Attempts left before the consequence, after {@code failures} consecutive failures. */
    public int attemptsLeft(int failures) {
        return Math.max(0, threshold - failures);
    }

    /** Whether this failure count has reached the threshold. */
    public boolean reached(int failures) {
        return failures >= threshold;
    }

    /** What happens when a role's threshold is reached. */
    public enum Consequence {
        ZEROIZE_HSM,
        ZEROIZE_PARTITION,
        LOCK_FOR_TEN_MINUTES,
        LOCK_ROLE
    }
}
