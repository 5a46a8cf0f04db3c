package dev.dhsm.appliance.lunash;

import dev.dhsm.model.HsmOperations;
import dev.dhsm.model.LunaError;
import dev.dhsm.model.LunaException;

/**
 * {@code hsm init}: a hard init of a zeroized or factory-fresh HSM (label, HSM SO password and cloning
 * domain, each asked twice unless given), or a soft init of an initialized one by the logged-in HSM SO;
 * both after the {@code proceed} confirmation.
 */
final class HsmInitCommand implements LunashCommand {
    private static final CommandSpec SPEC = CommandSpec.of("hsm", "init", "Initialize the HSM",
            OptionSpec.required("label", "l"), OptionSpec.value("domain", "d"), OptionSpec.value("password", "pwd"),
            OptionSpec.flag("defaultdomain"), OptionSpec.flag("force", "f"));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void run(CommandContext ctx, Args args) {
        String label = args.get("label");
        boolean hard = ctx.appliance().transact(tx -> tx.hsm().needsHardInit());
        if (!hard) {
            confirm(ctx, args);
            ctx.appliance().run(tx -> tx.hsm().softInit(ctx.session(), label));
            Replies.successful(ctx.io(), SPEC.displayName());
            return;
        }
        String password = args.value("password").orElseGet(() -> askTwice(ctx,
                "  Please enter a password for the HSM Administrator:", "  Please re-enter password to confirm:",
                "The passwords you entered do not match."));
        String domain = args.has("defaultdomain") ? HsmOperations.DEFAULT_DOMAIN
                : args.value("domain").orElseGet(() -> askTwice(ctx,
                        "  Please enter a cloning domain to use for initializing this HSM:",
                        "  Please re-enter cloning domain to confirm:", "The cloning domains you entered do not match."));
        confirm(ctx, args);
        ctx.appliance().run(tx -> tx.hsm().hardInit(ctx.session(), label, password, domain));
        Replies.successful(ctx.io(), SPEC.displayName());
    }

    private static void confirm(CommandContext ctx, Args args) {
        Confirmation.require(ctx, args, "",
                "CAUTION:  Are you sure you wish to initialize this HSM?",
                "          Type 'proceed' to initialize the HSM, or 'quit'",
                "          to quit now.");
    }

    private static String askTwice(CommandContext ctx, String first, String second, String mismatch) {
        ShellIO io = ctx.io();
        io.println(first);
        String a = io.readSecret("  > ");
        io.println(second);
        String b = io.readSecret("  > ");
        if (a == null || b == null || !a.equals(b)) {
            throw LunaException.withLead(LunaError.ARGUMENTS_BAD, mismatch);
        }
        return a;
    }
}
