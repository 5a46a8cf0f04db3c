package dev.dhsm.client.lunacm;

import dev.dhsm.client.Role;
import dev.dhsm.client.Slot;

/** {@code role init -name co|cu [-password <p>]}: the PO initializes the Crypto Officer, the CO the Crypto User. */
final class RoleInitCommand implements LunacmCommand {

    private static final CommandSpec SPEC = CommandSpec.of("role", "init", "Initialize a role's password",
            RoleOption.NAME, OptionSpec.value("password", "pw"));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void run(CommandContext ctx, Args args) {
        Role role = RoleOption.role(args);
        Slot slot = ctx.state().partitionSlot();
        String pin = Prompts.newPassword(ctx, args, "password", "enter new password for " + role.displayName(),
                "re-enter new password for " + role.displayName());
        ctx.state().session(slot.slotId()).initPin(role, pin);
    }
}
