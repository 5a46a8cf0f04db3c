package dev.dhsm.client.lunacm;

import dev.dhsm.client.Role;
import dev.dhsm.client.Slot;

/** {@code role login -name po|co|cu [-password <p>]}: logs a role in on the current slot. */
final class RoleLoginCommand implements LunacmCommand {

    private static final CommandSpec SPEC = CommandSpec.of("role", "login", "Log in as a role", RoleOption.NAME,
            OptionSpec.value("password", "pw"));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void run(CommandContext ctx, Args args) {
        Role role = RoleOption.role(args);
        Slot slot = ctx.state().partitionSlot();
        String pin = Prompts.password(ctx, args, "password", "enter password");
        ctx.state().session(slot.slotId()).login(role, pin);
        ctx.state().loggedIn(slot.slotId(), role);
    }
}
