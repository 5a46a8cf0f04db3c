package dev.dhsm.model;

/**
 * The partition roles as LunaCM drives them over NTLS: {@code partition init} by the Partition SO,
 * {@code role login|logout|init|changepw|resetpw|show}, with the thresholds of the catalogue: 10 bad PO
 * logins zeroize the partition; CO and CU lock after partition policy 20 failures, and only HSM policy
 * 15 = 1 lets the PO reset a locked CO.
 */
public final class RoleOperations {
    public static final int PIN_MIN = 7;
    public static final int PIN_MAX = 255;

    private final ApplianceTx tx;
    private final CryptoEngine crypto;

    RoleOperations(ApplianceTx tx, CryptoEngine crypto) {
        this.tx = tx;
        this.crypto = crypto;
    }

    /** {@code partition init}: sets label, Partition SO password and cloning domain; erases everything else. */
    public void initPartition(PartitionSession s, String label, String poPin, String domain) {
        Partition p = partition(s);
        checkPin(poPin);
        if (label == null || label.isEmpty() || label.length() > 32) {
            throw new CkrException(Ckr.ARGUMENTS_BAD, "the partition label must be 1 to 32 characters");
        }
        if (domain == null || domain.isEmpty() || domain.length() > 128) {
            throw new CkrException(Ckr.ARGUMENTS_BAD, "the cloning domain must be 1 to 128 characters");
        }
        if (p.initialized() && !p.role(PartitionRole.PO).pinMatches(poPin)) {
            failedLogin(s, p, PartitionRole.PO);
        }
        byte[] domainKey = crypto.domainKey(domain);
        byte[] sealed = crypto.seal(tx.masterKey(), domainKey);
        p.initialize(label, poPin, crypto.fingerprint(domainKey), java.util.Base64.getEncoder().encodeToString(sealed));
        tx.partitionCache(p).clear();
        logOutAll(p);
        tx.log("messages", "local0", "info", "hsm", "partition " + p.name() + " initialized by client "
                + s.client() + " (label \"" + label + "\")");
        tx.markDirty();
    }

    public void login(PartitionSession s, PartitionRole role, String pin) {
        Partition p = partition(s);
        RoleState r = p.role(role);
        if (!p.initialized() || !r.initialized()) {
            throw new CkrException(Ckr.USER_PIN_NOT_INITIALIZED, role.shortName() + " is not yet initialized");
        }
        if (r.locked()) {
            throw new CkrException(Ckr.PIN_LOCKED, role.displayName() + " is locked out");
        }
        if (s.role() != null) {
            throw new CkrException(s.role() == role ? Ckr.USER_ALREADY_LOGGED_IN : Ckr.USER_ANOTHER_ALREADY_LOGGED_IN,
                    s.role().shortName() + " is already logged in on this session");
        }
        if (!r.pinMatches(pin)) {
            failedLogin(s, p, role);
        }
        if (r.failures() != 0) {
            r.resetFailures();
            tx.markDirty();
        }
        s.setRole(role);
    }

    public void logout(PartitionSession s) {
        partition(s);
        if (s.role() == null) {
            throw CkrException.of(Ckr.USER_NOT_LOGGED_IN);
        }
        s.setRole(null);
    }

    /** {@code role init}: the PO initializes the CO, the CO initializes the CU. */
    public void initRole(PartitionSession s, PartitionRole role, String pin) {
        Partition p = partition(s);
        PartitionRole by = role.initializer().orElseThrow(() -> new CkrException(Ckr.USER_TYPE_INVALID,
                "the Partition SO is set by partition init"));
        requireRole(s, by);
        checkPin(pin);
        p.role(role).set(pin, tx.state().hsm().policy(HsmPolicy.FORCE_USER_PIN_CHANGE) == 1);
        tx.log("messages", "local0", "info", "hsm", "partition " + p.name() + ": " + role.shortName()
                + " initialized");
        tx.markDirty();
    }

    /** {@code role changepw}: a logged-in role changes its own password (clears a forced change). */
    public void changePin(PartitionSession s, PartitionRole role, String oldPin, String newPin) {
        Partition p = partition(s);
        if (s.role() != role) {
            throw new CkrException(Ckr.USER_NOT_LOGGED_IN, "log in as " + role.shortName() + " first");
        }
        checkPin(newPin);
        if (!p.role(role).pinMatches(oldPin)) {
            throw new CkrException(Ckr.PIN_INCORRECT, "the old password is wrong");
        }
        p.role(role).set(newPin, false);
        tx.markDirty();
    }

    /** {@code role resetpw}: unlocks a role with a new password; the PO resets the CO only under policy 15 = 1. */
    public void resetPin(PartitionSession s, PartitionRole role, String newPin) {
        Partition p = partition(s);
        PartitionRole by = role.initializer().orElseThrow(() -> new CkrException(Ckr.USER_TYPE_INVALID,
                "the Partition SO password cannot be reset"));
        requireRole(s, by);
        if (role == PartitionRole.CO && tx.state().hsm().policy(HsmPolicy.SO_CAN_RESET_PARTITION_PIN) != 1) {
            throw new CkrException(Ckr.USER_NOT_AUTHORIZED,
                    "HSM policy 15 (SO can reset partition PIN) is 0: the Crypto Officer cannot be reset");
        }
        if (!p.role(role).initialized()) {
            throw new CkrException(Ckr.USER_PIN_NOT_INITIALIZED, role.shortName() + " is not yet initialized");
        }
        checkPin(newPin);
        p.role(role).set(newPin, tx.state().hsm().policy(HsmPolicy.FORCE_USER_PIN_CHANGE) == 1);
        tx.log("messages", "local0", "info", "hsm", "partition " + p.name() + ": " + role.shortName()
                + " password reset by " + by.shortName());
        tx.markDirty();
    }

    public RoleView show(PartitionSession s, PartitionRole role) {
        return view(partition(s), role);
    }

    static RoleView view(Partition p, PartitionRole role) {
        RoleState r = p.role(role);
        int threshold = role == PartitionRole.PO ? role.rule().threshold()
                : p.policy(PartitionPolicy.MAX_FAILED_USER_LOGINS);
        return new RoleView(role, p.initialized() && r.initialized(), r.locked(), r.pinExpired(), r.failures(),
                r.locked() ? 0 : Math.max(0, threshold - r.failures()));
    }

    private void failedLogin(PartitionSession s, Partition p, PartitionRole role) {
        RoleState r = p.role(role);
        int failures = r.recordFailure();
        tx.markDirty();
        int threshold = role == PartitionRole.PO ? role.rule().threshold()
                : p.policy(PartitionPolicy.MAX_FAILED_USER_LOGINS);
        if (failures < threshold) {
            throw new CkrException(Ckr.PIN_INCORRECT, "wrong password for " + role.shortName() + " ("
                    + (threshold - failures) + " attempts left)");
        }
        if (role.rule().consequence() == LoginRule.Consequence.ZEROIZE_PARTITION) {
            p.zeroize();
            tx.partitionCache(p).clear();
            logOutAll(p);
            tx.log("messages", "kern", "crit", "hsm", "partition " + p.name() + " zeroized: Partition SO login "
                    + "failure threshold reached");
            throw new CkrException(Ckr.PIN_INCORRECT, "wrong password for po: the partition has been zeroized");
        }
        r.lock();
        tx.log("messages", "kern", "warning", "hsm", "partition " + p.name() + ": " + role.displayName()
                + " locked out after " + failures + " failed logins");
        throw new CkrException(Ckr.PIN_INCORRECT, "wrong password for " + role.shortName()
                + ": the role is now locked out");
    }

    private void requireRole(PartitionSession s, PartitionRole role) {
        if (s.role() != role) {
            throw new CkrException(Ckr.USER_NOT_LOGGED_IN, "log in as " + role.shortName() + " first");
        }
    }

    private static void checkPin(String pin) {
        if (pin == null || pin.length() < PIN_MIN || pin.length() > PIN_MAX) {
            throw new CkrException(Ckr.PIN_LEN_RANGE, "passwords are " + PIN_MIN + " to " + PIN_MAX + " characters");
        }
    }

    private void logOutAll(Partition p) {
        for (PartitionSession other : tx.partitionSessions()) {
            if (other.partitionSerial().equals(p.serial())) {
                other.setRole(null);
            }
        }
    }

    private Partition partition(PartitionSession s) {
        return tx.openPartition(s);
    }
}
