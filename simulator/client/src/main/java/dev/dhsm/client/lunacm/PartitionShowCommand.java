package dev.dhsm.client.lunacm;

import dev.dhsm.client.Role;
import dev.dhsm.client.Session;
import dev.dhsm.client.Slot;
import dev.dhsm.wire.message.RoleState;

/**
 * {@code partition show [-slot <n>]}: the partition's serial and label and, for each role, whether it is
 * initialized, must change its password, is locked out, and how many login attempts it has left.
 */
final class PartitionShowCommand implements LunacmCommand {

    private static final int WIDTH = 40;
    private static final CommandSpec SPEC = CommandSpec.of("partition", "show", "Show the partition's state",
            OptionSpec.value("slot", "s"));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void run(CommandContext ctx, Args args) {
        Slot slot = SlotChoice.partition(ctx, args);
        Session session = ctx.state().session(slot.slotId());
        ShellIO io = ctx.io();
        io.println("");
        line(io, "Partition SN ->", slot.partitionSerial());
        line(io, "Partition Label ->", slot.label());
        line(io, "Partition Initialized ->", slot.initialized() ? "yes" : "no");
        for (Role role : Role.values()) {
            RoleState state = session.roleState(role);
            if (!state.initialized()) {
                io.println("  " + role.displayName() + " is not initialized.");
                continue;
            }
            line(io, role.displayName() + " PIN To Be Changed ->", yesNo(state.pinExpired()));
            line(io, role.displayName() + " Locked Out ->", yesNo(state.locked()));
            line(io, role.displayName() + " Login Attempts Left ->", Long.toString(state.loginsLeft()));
        }
        line(io, "Logged In ->", ctx.state().loggedIn(slot.slotId()).map(Role::displayName).orElse("none"));
    }

    private static void line(ShellIO io, String label, String value) {
        io.println(("  " + SlotListing.pad(label, WIDTH) + value).stripTrailing());
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }
}
