package dev.dhsm.client.lunacm;

import dev.dhsm.client.LunaClientException;
import dev.dhsm.client.Slot;
import dev.dhsm.wire.pkcs11.Ckr;

/** Which slot a LunaCM partition command acts on: {@code -slot <n>} when given, else the current slot. */
final class SlotChoice {

    private SlotChoice() {
    }

    /** The partition slot named by {@code -slot}, or the current one; the backup HSM is refused. */
    static Slot partition(CommandContext ctx, Args args) {
        if (args.has("slot")) {
            Slot slot = ctx.state().slot(args.requiredNumber("slot"));
            if (ctx.state().isBackup(slot)) {
                throw new LunaClientException(Ckr.SLOT_ID_INVALID, "slot " + slot.slotId() + " is the backup HSM");
            }
            return slot;
        }
        return ctx.state().partitionSlot();
    }
}
