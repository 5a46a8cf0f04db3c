package dev.dhsm.client.lunacm;

import dev.dhsm.client.Role;
import dev.dhsm.client.Session;
import dev.dhsm.client.Slot;
import dev.dhsm.wire.message.RoleState;
import java.util.List;
import java.util.Optional;

/** {@code role show [-name po|co|cu]}: one role's state (or every role's), and whether it is logged in here. */
final class RoleShowCommand implements LunacmCommand {

    private static final int WIDTH = 28;
    private static final CommandSpec SPEC = CommandSpec.of("role", "show", "Show the state of the roles",
            OptionSpec.value("name", "n"));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void run(CommandContext ctx, Args args) {
        List<Role> roles = args.has("name") ? List.of(RoleOption.role(args)) : List.of(Role.values());
        Slot slot = ctx.state().partitionSlot();
        Session session = ctx.state().session(slot.slotId());
        Optional<Role> current = ctx.state().loggedIn(slot.slotId());
        ShellIO io = ctx.io();
        for (Role role : roles) {
            RoleState state = session.roleState(role);
            io.println("");
            line(io, "Role ->", role.displayName() + " (" + role.shortName() + ")");
            line(io, "Initialized ->", yesNo(state.initialized()));
            line(io, "Logged In ->", yesNo(current.filter(role::equals).isPresent()));
            line(io, "Locked Out ->", yesNo(state.locked()));
            line(io, "PIN To Be Changed ->", yesNo(state.pinExpired()));
            line(io, "Failed Login Attempts ->", Long.toString(state.failedLogins()));
            line(io, "Login Attempts Left ->", Long.toString(state.loginsLeft()));
        }
    }

    private static void line(ShellIO io, String label, String value) {
        io.println("  " + SlotListing.pad(label, WIDTH) + value);
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }
}
