package dev.dhsm.client.lunacm;

import dev.dhsm.client.Slot;

/** {@code slot list}: every slot the client sees, network partitions first, then the backup HSM. */
final class SlotListCommand implements LunacmCommand {

    private static final CommandSpec SPEC = CommandSpec.of("slot", "list", "List the available slots");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void run(CommandContext ctx, Args args) {
        ctx.io().println("");
        for (Slot slot : ctx.state().refreshSlots()) {
            SlotListing.block(ctx.io(), slot);
            ctx.io().println("");
        }
        SlotListing.failures(ctx.io(), ctx.state().unreachable());
    }
}
