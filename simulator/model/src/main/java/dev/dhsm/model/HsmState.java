package dev.dhsm.model;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;

/**
 * The HSM card inside the appliance: life cycle, label, HSM SO credential, cloning domain, policies, the
 * consecutive failed SO logins, and the master key that protects stored key material (destroyed by any
 * zeroization).
 */
public final class HsmState {
    private static final SecureRandom RANDOM = new SecureRandom();

    private HsmLifecycle lifecycle = HsmLifecycle.FACTORY_FRESH;
    private String label = "";
    private String soPasswordHash;
    private String domainHash;
    private int soFailures;
    private boolean manuallyZeroized;
    private String masterKey;
    private Map<HsmPolicy, Integer> policies = defaults();

    HsmState() {
    }

    static Map<HsmPolicy, Integer> defaults() {
        Map<HsmPolicy, Integer> values = new EnumMap<>(HsmPolicy.class);
        for (HsmPolicy p : HsmPolicy.values()) {
            values.put(p, p.defaultValue());
        }
        return values;
    }

    public HsmLifecycle lifecycle() {
        return lifecycle;
    }

    public String label() {
        return label;
    }

    public int soFailures() {
        return soFailures;
    }

    public boolean manuallyZeroized() {
        return manuallyZeroized;
    }

    public int policy(HsmPolicy policy) {
        return policies.getOrDefault(policy, policy.defaultValue());
    }

    boolean hasMasterKey() {
        return masterKey != null;
    }

    byte[] masterKey() {
        return masterKey == null ? null : Base64.getDecoder().decode(masterKey);
    }

    boolean soPasswordMatches(String candidate) {
        return PasswordHash.matches(candidate, soPasswordHash);
    }

    boolean domainMatches(String candidate) {
        return PasswordHash.matches(candidate, domainHash);
    }

    void hardInit(String newLabel, String soPassword, String domain) {
        lifecycle = lifecycle.after(HsmLifecycle.Event.HARD_INIT);
        label = newLabel;
        soPasswordHash = PasswordHash.hash(soPassword);
        domainHash = PasswordHash.hash(domain);
        soFailures = 0;
        manuallyZeroized = false;
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        masterKey = Base64.getEncoder().encodeToString(key);
    }

    void softInit(String newLabel) {
        lifecycle = lifecycle.after(HsmLifecycle.Event.SOFT_INIT);
        label = newLabel;
        soFailures = 0;
    }

    /** Destroys the SO, the domain and the master key; policies are kept. */
    void zeroize() {
        lifecycle = lifecycle.after(HsmLifecycle.Event.ZEROIZE);
        label = "";
        soPasswordHash = null;
        domainHash = null;
        soFailures = 0;
        masterKey = null;
    }

    /** As {@link #zeroize()}, and the policies go back to their defaults. */
    void factoryReset() {
        zeroize();
        lifecycle = HsmLifecycle.FACTORY_FRESH;
        policies = defaults();
    }

    int recordSoFailure() {
        return ++soFailures;
    }

    void resetSoFailures() {
        soFailures = 0;
    }

    void setPolicy(HsmPolicy policy, int value) {
        policies.put(policy, value);
    }
}
