package dev.dhsm.client;

import dev.dhsm.wire.pkcs11.Ckr;
import java.util.List;

/**
 * The Luna client library before any appliance is configured (no {@code Chrystoki.conf} yet, or no server in it):
 * an empty slot list, so LunaCM can still start and run {@code clientconfig deploy}.
 */
public final class UnconfiguredClient implements LunaClient {

    @Override
    public List<Slot> slots() {
        return List.of();
    }

    @Override
    public Session openSession(long slotId) {
        throw new LunaClientException(Ckr.SLOT_ID_INVALID, "there is no slot " + slotId);
    }

    @Override
    public void initToken(long slotId, String soPin, String label, String domain) {
        throw new LunaClientException(Ckr.SLOT_ID_INVALID, "there is no slot " + slotId);
    }

    @Override
    public void close() {
    }
}
