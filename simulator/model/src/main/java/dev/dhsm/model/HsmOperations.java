package dev.dhsm.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The HSM as the HSM SO drives it from lunash: show, login and logout with the 3-strikes zeroization,
 * soft and hard init, zeroize, the serial-only factory reset, and policies.
 */
public final class HsmOperations {
    public static final int SO_PASSWORD_MIN = 7;
    public static final int SO_PASSWORD_MAX = 255;
    public static final int LABEL_MAX = 32;
    public static final String DEFAULT_DOMAIN = "defaultdomain";

    private final ApplianceTx tx;
    private final HsmState hsm;

    HsmOperations(ApplianceTx tx) {
        this.tx = tx;
        this.hsm = tx.state().hsm();
    }

    public HsmView view(ShellSession session) {
        List<PartitionView> parts = new ArrayList<>();
        long used = 0;
        for (Partition p : tx.state().partitions()) {
            parts.add(PartitionView.of(p));
            used += p.hsmFootprint();
        }
        return new HsmView(Versions.SOFTWARE, hsm.label(), tx.state().hsmSerial(), Versions.FIRMWARE,
                Versions.HSM_MODEL, Versions.PART_NUMBER, session != null && session.hsmSoLoggedIn(),
                hsm.lifecycle(), LoginRule.HSM_SO.attemptsLeft(hsm.soFailures()), tx.state().audit().initialized(),
                hsm.manuallyZeroized(), parts, hsm.policy(HsmPolicy.MAX_PARTITIONS),
                hsm.policy(HsmPolicy.NON_FIPS_ALGORITHMS) == 0, Versions.HSM_STORAGE_BYTES, used);
    }

    public HsmLifecycle lifecycle() {
        return hsm.lifecycle();
    }

    /** Consecutive SO login attempts left before zeroization. */
    public int soAttemptsLeft() {
        return LoginRule.HSM_SO.attemptsLeft(hsm.soFailures());
    }

    public void login(ShellSession session, String password) {
        requireInitialized();
        if (session.hsmSoLoggedIn()) {
            throw LunaException.of(LunaError.USER_ALREADY_LOGGED_IN);
        }
        if (!hsm.soPasswordMatches(password)) {
            int failures = hsm.recordSoFailure();
            tx.markDirty();
            if (LoginRule.HSM_SO.reached(failures)) {
                tx.log("messages", "kern", "crit", "hsm", "HSM SO login failure threshold reached ("
                        + failures + " consecutive failures): zeroizing HSM");
                zeroizeNow();
                throw LunaException.of(LunaError.SO_LOGIN_FAILURE_THRESHOLD);
            }
            tx.log("messages", "local0", "warning", "lunash", "hsm login failed for " + session.account()
                    + " (" + failures + " consecutive failures)");
            throw LunaException.of(LunaError.UM_PIN_INCORRECT);
        }
        hsm.resetSoFailures();
        session.setHsmSoLoggedIn(true);
        tx.log("messages", "local0", "info", "lunash", "hsm login: HSM SO logged in by " + session.account());
    }

    public void logout(ShellSession session) {
        if (!session.hsmSoLoggedIn()) {
            throw LunaException.of(LunaError.USER_NOT_LOGGED_IN);
        }
        session.setHsmSoLoggedIn(false);
    }

    /** Whether {@code hsm init} now would be a hard init (zeroized or factory-fresh HSM). */
    public boolean needsHardInit() {
        return hsm.lifecycle().needsHardInit();
    }

    /** Hard init: sets label, SO password and cloning domain on a zeroized or factory-fresh HSM. */
    public void hardInit(ShellSession session, String label, String soPassword, String domain) {
        checkLabel(label);
        if (soPassword == null || soPassword.length() < SO_PASSWORD_MIN || soPassword.length() > SO_PASSWORD_MAX) {
            throw LunaException.withDetail(LunaError.UM_PIN_LEN_RANGE,
                    "The HSM Administrator's password must be " + SO_PASSWORD_MIN + " to " + SO_PASSWORD_MAX
                            + " characters long.");
        }
        if (domain == null || domain.isEmpty() || domain.length() > 128) {
            throw LunaException.withDetail(LunaError.ARGUMENTS_BAD, "The cloning domain must be 1 to 128 characters.");
        }
        if (!needsHardInit()) {
            throw LunaException.withDetail(LunaError.USER_NOT_LOGGED_IN,
                    "The HSM is initialized: log in as HSM SO first ('hsm login') for a soft init.");
        }
        tx.state().partitions().clear();
        tx.markPartitionsChanged();
        hsm.hardInit(label, soPassword, domain);
        tx.log("messages", "kern", "info", "hsm", "HSM initialized (hard init), label \"" + label + "\"");
        tx.markDirty();
    }

    /** Soft init: on an initialized HSM, with the SO logged in; erases partitions, keeps SO and domain. */
    public void softInit(ShellSession session, String label) {
        checkLabel(label);
        if (!session.hsmSoLoggedIn()) {
            throw LunaException.of(LunaError.USER_NOT_LOGGED_IN);
        }
        tx.state().partitions().clear();
        tx.markPartitionsChanged();
        hsm.softInit(label);
        tx.log("messages", "kern", "info", "hsm", "HSM re-initialized (soft init), label \"" + label + "\"");
        tx.markDirty();
    }

    /** {@code hsm zeroize}: destroys SO, domain, partitions and the master key; keeps policies. */
    public void zeroize(ShellSession session) {
        tx.log("messages", "kern", "crit", "hsm", "HSM zeroized by command from " + session.account());
        zeroizeNow();
    }

    /** Refuses {@code hsm factoryReset} anywhere but on the local serial console. */
    public void checkFactoryReset(ShellSession session) {
        if (session.channel() != Channel.CONSOLE) {
            throw LunaException.withDetail(LunaError.RC_FUNCTION_NOT_SUPPORTED,
                    "This command can only be run from the local serial console.");
        }
    }

    /** {@code hsm factoryReset}: only on the local serial console. */
    public void factoryReset(ShellSession session) {
        checkFactoryReset(session);
        tx.state().partitions().clear();
        tx.markPartitionsChanged();
        hsm.factoryReset();
        tx.state().audit().erase();
        logOutEverybody();
        tx.log("messages", "kern", "crit", "hsm", "HSM factory reset from the serial console");
        tx.markDirty();
    }

    public List<PolicyView> policies() {
        List<PolicyView> out = new ArrayList<>();
        for (HsmPolicy p : HsmPolicy.values()) {
            out.add(new PolicyView(p, hsm.policy(p)));
        }
        return out;
    }

    /** Looks a policy up for a change, so the shell can ask for confirmation of a destructive one. */
    public HsmPolicy policyForChange(ShellSession session, int code, int value) {
        requireInitialized();
        if (!session.hsmSoLoggedIn()) {
            throw LunaException.of(LunaError.USER_NOT_LOGGED_IN);
        }
        HsmPolicy policy = HsmPolicy.byCode(code).orElseThrow(() -> LunaException.withDetail(
                LunaError.POLICY_NOT_FOUND, "Policy " + code + " does not exist on this HSM."));
        if (!policy.accepts(value)) {
            throw LunaException.withDetail(LunaError.RM_ELEMENT_VALUE_INVALID,
                    "Value " + value + " is not allowed for policy " + code + ".");
        }
        return policy;
    }

    /** Changes a policy; a destructive one erases every partition first. Answers whether it did. */
    public boolean changePolicy(ShellSession session, int code, int value) {
        HsmPolicy policy = policyForChange(session, code, value);
        boolean erase = policy.destructive() && hsm.policy(policy) != value;
        if (erase) {
            tx.state().partitions().clear();
            tx.markPartitionsChanged();
            tx.log("messages", "kern", "warning", "hsm", "destructive policy change: all partitions erased");
        }
        hsm.setPolicy(policy, value);
        tx.log("messages", "local0", "info", "lunash", "HSM policy " + code + " (" + policy.displayName()
                + ") set to " + value);
        tx.markDirty();
        return erase;
    }

    void requireInitialized() {
        if (!hsm.lifecycle().isOperational()) {
            throw LunaException.withLead(LunaError.USER_PIN_NOT_INITIALIZED,
                    "The HSM is not initialized. Initialize it with 'hsm init' first.");
        }
    }

    private void checkLabel(String label) {
        if (label == null || label.isEmpty() || label.length() > LABEL_MAX) {
            throw LunaException.withDetail(LunaError.ARGUMENTS_BAD,
                    "The HSM label must be 1 to " + LABEL_MAX + " characters.");
        }
    }

    private void zeroizeNow() {
        tx.state().partitions().clear();
        tx.markPartitionsChanged();
        hsm.zeroize();
        logOutEverybody();
        tx.markDirty();
    }

    private void logOutEverybody() {
        for (ShellSession s : tx.sessions()) {
            s.setHsmSoLoggedIn(false);
            s.setAuditLoggedIn(false);
        }
    }
}
