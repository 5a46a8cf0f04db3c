package dev.dhsm.client.lunacm;

import dev.dhsm.client.Slot;

/** {@code role logout}: logs the current slot's role out. */
final class RoleLogoutCommand implements LunacmCommand {

    private static final CommandSpec SPEC = CommandSpec.of("role", "logout", "Log the current role out");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void run(CommandContext ctx, Args args) {
        Slot slot = ctx.state().partitionSlot();
        ctx.state().session(slot.slotId()).logout();
        ctx.state().loggedIn(slot.slotId(), null);
    }
}
