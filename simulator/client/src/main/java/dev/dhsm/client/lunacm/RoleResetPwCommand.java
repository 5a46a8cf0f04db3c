package dev.dhsm.client.lunacm;

import dev.dhsm.client.Role;
import dev.dhsm.client.Slot;

/**
 * {@code role resetpw -name co|cu [-password <p>]}: the PO resets the Crypto Officer (only with HSM policy 15 = 1),
 * the CO resets the Crypto User; the new password must be changed at first use.
 */
final class RoleResetPwCommand implements LunacmCommand {

    private static final CommandSpec SPEC = CommandSpec.of("role", "resetpw", "Reset a role's password",
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
        ctx.state().session(slot.slotId()).resetPin(role, pin);
    }
}
