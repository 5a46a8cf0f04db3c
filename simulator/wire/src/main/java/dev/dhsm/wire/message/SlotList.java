package dev.dhsm.wire.message;

import dev.dhsm.wire.pkcs11.Ckr;
import java.util.List;

/**
 * The partitions assigned to this client, one slot each, in slot order.
 *
 * @param slots the slots
 */
public record SlotList(List<SlotInfo> slots) implements NtlsResponse {

    public SlotList {
        slots = List.copyOf(slots);
    }

    @Override
    public void writeTo(PayloadWriter out) {
        out.uint32(Ckr.OK).list(slots, (w, slot) -> slot.writeTo(w));
    }

    static SlotList readFrom(PayloadReader in) {
        in.okStatus();
        return new SlotList(in.list("slots", SlotInfo.MIN_SIZE, SlotInfo::readFrom));
    }
}
