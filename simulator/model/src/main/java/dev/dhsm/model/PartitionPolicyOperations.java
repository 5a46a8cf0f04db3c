package dev.dhsm.model;

import java.util.EnumMap;
import java.util.Map;

/**
 * Partition policies from LunaCM ({@code partition showpolicies}, {@code partition changepolicy}): the
 * Partition SO changes them; a destructive change erases the partition's objects; policies 0 and 1 can
 * never both be 1.
 */
public final class PartitionPolicyOperations {
    private final ApplianceTx tx;

    PartitionPolicyOperations(ApplianceTx tx) {
        this.tx = tx;
    }

    public Map<PartitionPolicy, Integer> show(PartitionSession s) {
        Partition p = tx.openPartition(s);
        Map<PartitionPolicy, Integer> out = new EnumMap<>(PartitionPolicy.class);
        for (PartitionPolicy policy : PartitionPolicy.values()) {
            out.put(policy, p.policy(policy));
        }
        return out;
    }

    /** Changes one policy; answers whether the change erased the partition's objects. */
    public boolean change(PartitionSession s, int code, int value) {
        Partition p = tx.openPartition(s);
        if (s.role() != PartitionRole.PO) {
            throw new CkrException(Ckr.USER_NOT_LOGGED_IN, "log in as po first");
        }
        PartitionPolicy policy = PartitionPolicy.byCode(code).orElseThrow(() -> new CkrException(
                Ckr.POLICY_ID_INVALID, "no partition policy " + code));
        if (!policy.accepts(value)) {
            throw new CkrException(Ckr.ARGUMENTS_BAD, "value " + value + " is not allowed for policy " + code);
        }
        boolean cloning = policy == PartitionPolicy.PRIVATE_KEY_CLONING;
        boolean wrapping = policy == PartitionPolicy.PRIVATE_KEY_WRAPPING;
        if (value == 1 && (cloning && p.policy(PartitionPolicy.PRIVATE_KEY_WRAPPING) == 1
                || wrapping && p.policy(PartitionPolicy.PRIVATE_KEY_CLONING) == 1)) {
            throw new CkrException(Ckr.CONFIG_FAILS_DEPENDENCIES,
                    "private key cloning and private key wrapping cannot both be allowed");
        }
        if ((cloning || policy == PartitionPolicy.SECRET_KEY_CLONING)
                && value == 1 && tx.state().hsm().policy(HsmPolicy.CLONING) != 1) {
            throw new CkrException(Ckr.CONFIG_FAILS_DEPENDENCIES, "HSM policy 7 forbids cloning");
        }
        boolean erase = policy.destructive(p.policy(policy), value);
        if (erase) {
            p.destroyObjects();
            tx.partitionCache(p).clear();
        }
        p.setPolicy(policy, value);
        tx.log("messages", "local0", "info", "hsm", "partition " + p.name() + ": policy " + code + " set to " + value);
        tx.markDirty();
        return erase;
    }
}
