package dev.dhsm.appliance.lunash;

/**
 * {@code hsm login}: the HSM SO logs in with its password, after the {@code Caution:} warnings when earlier
 * attempts failed; the third consecutive failure zeroizes the HSM.
 */
final class HsmLoginCommand implements LunashCommand {
    private static final CommandSpec SPEC = CommandSpec.of("hsm", "login", "Login as the HSM Administrator",
            OptionSpec.value("password", "pwd"));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void run(CommandContext ctx, Args args) {
        ShellIO io = ctx.io();
        String password = args.value("password").orElse(null);
        int left = ctx.appliance().transact(tx -> tx.hsm().lifecycle().isOperational()
                ? tx.hsm().soAttemptsLeft() : -1);
        caution(io, left);
        if (password == null) {
            io.println("  Please enter the HSM Administrators' password:");
            password = io.readSecret("  > ");
            if (password == null) {
                password = "";
            }
            io.println("");
            io.println("");
        }
        String pw = password;
        ctx.appliance().run(tx -> tx.hsm().login(ctx.session(), pw));
        Replies.successful(io, SPEC.displayName());
    }

    private static void caution(ShellIO io, int attemptsLeft) {
        if (attemptsLeft == 2) {
            io.println("");
            io.println("Caution:  You have only TWO HSM Admin logins attempts left (including");
            io.println("          this one). If you fail two more consecutive login attempts");
            io.println("          (i.e. with no successful logins in between) the HSM will");
            io.println("          be ZEROIZED!!!");
            io.println("");
        } else if (attemptsLeft == 1) {
            io.println("");
            io.println("Caution:  This is your LAST available HSM Admin login attempt");
            io.println("          before the HSM is ZEROIZED!!! If you fail this login");
            io.println("          attempt, all partitions and objects will be destroyed.");
            io.println("");
        }
    }
}
