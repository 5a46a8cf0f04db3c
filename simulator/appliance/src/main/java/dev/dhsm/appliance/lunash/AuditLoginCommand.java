package dev.dhsm.appliance.lunash;

/**
 * {@code audit login}: the HSM Auditor logs in; ten consecutive failures lock the role for ten minutes
 * on the appliance clock.
 */
final class AuditLoginCommand implements LunashCommand {
    private static final CommandSpec SPEC = CommandSpec.of("audit", "login", "Login as the HSM Auditor",
            OptionSpec.value("password", "pwd"));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void run(CommandContext ctx, Args args) {
        ShellIO io = ctx.io();
        String password = args.value("password").orElse(null);
        if (password == null) {
            io.println("  Please enter the Auditor's password:");
            password = io.readSecret("  > ");
            if (password == null) {
                password = "";
            }
            io.println("");
            io.println("");
        }
        String pw = password;
        ctx.appliance().run(tx -> tx.audit().login(ctx.session(), pw));
        Replies.successful(io, SPEC.displayName());
    }
}
