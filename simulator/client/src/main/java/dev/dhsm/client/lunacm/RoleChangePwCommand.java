package dev.dhsm.client.lunacm;

import dev.dhsm.client.Role;
import dev.dhsm.client.Slot;

/**
 * {@code role changepw -name po|co|cu [-oldpw <p>] [-newpw <p>]}: the logged-in role changes its own password,
 * which clears a password that must be changed (HSM policy 21); {@code -password} is taken as {@code -oldpw}.
 */
final class RoleChangePwCommand implements LunacmCommand {

    private static final CommandSpec SPEC = CommandSpec.of("role", "changepw", "Change a role's own password",
            RoleOption.NAME, OptionSpec.value("oldpw", "password"), OptionSpec.value("newpw"));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void run(CommandContext ctx, Args args) {
        Role role = RoleOption.role(args);
        Slot slot = ctx.state().partitionSlot();
        String oldPin = Prompts.password(ctx, args, "oldpw", "enter existing password");
        String newPin = Prompts.newPassword(ctx, args, "newpw", "enter new password", "re-enter new password");
        ctx.state().session(slot.slotId()).setPin(role, oldPin, newPin);
    }
}
