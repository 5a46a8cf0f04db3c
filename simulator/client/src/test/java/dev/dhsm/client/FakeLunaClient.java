package dev.dhsm.client;

import dev.dhsm.wire.pkcs11.Ckr;
import java.util.ArrayList;
import java.util.List;

/** An in-memory Luna client over {@link FakePartition}s, one slot each, for testing LunaCM and the backup code. */
public final class FakeLunaClient implements LunaClient {

    private final List<FakePartition> partitions;
    private final List<ServerFailure> unreachable = new ArrayList<>();
    public boolean closed;

    public FakeLunaClient(FakePartition... partitions) {
        this.partitions = List.of(partitions);
    }

    /** Makes the next listings report a server that cannot be reached. */
    public FakeLunaClient unreachable(String server, LunaClientException why) {
        unreachable.add(new ServerFailure(server, why));
        return this;
    }

    @Override
    public List<Slot> slots() {
        List<Slot> out = new ArrayList<>();
        for (int i = 0; i < partitions.size(); i++) {
            FakePartition p = partitions.get(i);
            out.add(new Slot(i, "hsm1", p.serial, p.label, "LunaSA 7.2.0", "7.0.3",
                    "Luna User Partition With SO (PW) Signing With Cloning Mode", Slot.NET_TOKEN_SLOT, p.initialized));
        }
        return out;
    }

    @Override
    public List<ServerFailure> unreachable() {
        return unreachable;
    }

    @Override
    public Session openSession(long slotId) {
        return new FakeSession(slotId, partition(slotId));
    }

    @Override
    public void initToken(long slotId, String soPin, String label, String domain) {
        FakePartition p = partition(slotId);
        if (p.initialized && !p.pins.get(Role.PO).equals(soPin)) {
            throw new LunaClientException(Ckr.PIN_INCORRECT, "wrong PO password");
        }
        p.initialize(label, soPin, domain);
    }

    public FakePartition partition(long slotId) {
        if (slotId < 0 || slotId >= partitions.size()) {
            throw new LunaClientException(Ckr.SLOT_ID_INVALID, "no slot " + slotId);
        }
        return partitions.get((int) slotId);
    }

    @Override
    public void close() {
        closed = true;
    }
}
