package dev.dhsm.appliance.lunash;

/** {@code hsm logout}: the HSM SO logs out of this session. */
final class HsmLogoutCommand implements LunashCommand {
    private static final CommandSpec SPEC = CommandSpec.of("hsm", "logout", "Logout from the HSM");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void run(CommandContext ctx, Args args) {
        ctx.appliance().run(tx -> tx.hsm().logout(ctx.session()));
        Replies.successful(ctx.io(), SPEC.displayName());
    }
}
