package dev.dhsm.model;

import java.util.ArrayList;
import java.util.List;

/**
 * What a registered NTLS client sees of the appliance: the slots of the partitions assigned to it, and
 * sessions opened on them. Nothing is reachable before {@code hsm init} (FM-11).
 */
public final class SlotOperations {
    private final ApplianceTx tx;

    SlotOperations(ApplianceTx tx) {
        this.tx = tx;
    }

    public List<SlotView> list(String client) {
        List<SlotView> out = new ArrayList<>();
        if (!tx.state().hsm().lifecycle().isOperational()) {
            return out;
        }
        RegisteredClient c = tx.state().ntls().clients().stream().filter(r -> r.name().equals(client)).findFirst()
                .orElse(null);
        if (c == null) {
            return out;
        }
        for (Partition p : tx.state().partitions()) {
            if (c.partitions().contains(p.name())) {
                out.add(view(p));
            }
        }
        return out;
    }

    public PartitionSession open(String client, String partitionSerial) {
        if (!tx.state().hsm().lifecycle().isOperational()) {
            throw new CkrException(Ckr.TOKEN_NOT_PRESENT, "the HSM is not initialized");
        }
        boolean visible = list(client).stream().anyMatch(v -> v.serial().equals(partitionSerial));
        if (!visible) {
            throw new CkrException(Ckr.TOKEN_NOT_PRESENT, "partition " + partitionSerial
                    + " is not assigned to client " + client);
        }
        PartitionSession s = new PartitionSession(client, partitionSerial);
        tx.partitionSessions().add(s);
        return s;
    }

    public void close(PartitionSession s) {
        s.close();
        tx.partitionSessions().remove(s);
    }

    public SlotView info(PartitionSession s) {
        return view(tx.openPartition(s));
    }

    static SlotView view(Partition p) {
        return new SlotView(p.serial(), p.name(), p.label(), p.initialized(), p.domainFingerprint(),
                p.policy(PartitionPolicy.PRIVATE_KEY_CLONING), p.totalBytes(), p.usedBytes(), p.objectCount());
    }
}
