package dev.dhsm.appliance.lunash;

/**
 * {@code hsm zeroize}: destroys the HSM SO, the cloning domain, every partition and the master key, and
 * keeps the HSM policies; asks for {@code proceed} unless {@code -force}.
 */
final class HsmZeroizeCommand implements LunashCommand {
    private static final CommandSpec SPEC = CommandSpec.of("hsm", "zeroize", "Zeroize the HSM (keeps policies)",
            OptionSpec.flag("force", "f"));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void run(CommandContext ctx, Args args) {
        Confirmation.require(ctx, args, "",
                "CAUTION:  Are you sure you wish to zeroize this HSM?",
                "          All partitions and their contents, the HSM Administrator",
                "          and the cloning domain will be destroyed. HSM policies are kept.",
                "          Type 'proceed' to zeroize the HSM, or 'quit'",
                "          to quit now.");
        ctx.appliance().run(tx -> tx.hsm().zeroize(ctx.session()));
        Replies.successful(ctx.io(), SPEC.displayName());
    }
}
