package dev.dhsm.appliance.lunash;

/** {@code client revokePartition -client <name> -partition <par>}: takes a partition away from a client. */
final class ClientRevokePartitionCommand implements LunashCommand {
    private static final CommandSpec SPEC = CommandSpec.of("client", "revokePartition",
            "Revoke a client's access to a partition", OptionSpec.required("client", "c"),
            OptionSpec.required("partition", "par", "p"));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void run(CommandContext ctx, Args args) {
        ctx.io().println("");
        ctx.appliance().run(tx -> tx.clients().revoke(args.get("client"), args.get("partition")));
        Replies.successful(ctx.io(), SPEC.displayName());
    }
}
