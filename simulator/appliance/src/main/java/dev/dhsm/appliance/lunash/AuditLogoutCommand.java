package dev.dhsm.appliance.lunash;

/** {@code audit logout}: the HSM Auditor logs out of this session. */
final class AuditLogoutCommand implements LunashCommand {
    private static final CommandSpec SPEC = CommandSpec.of("audit", "logout", "Logout the HSM Auditor");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void run(CommandContext ctx, Args args) {
        ctx.appliance().run(tx -> tx.audit().logout(ctx.session()));
        Replies.successful(ctx.io(), SPEC.displayName());
    }
}
