package dev.dhsm.appliance.lunash;

/** {@code client assignPartition -client <name> -partition <par>}: lets a client reach a partition. */
final class ClientAssignPartitionCommand implements LunashCommand {
    private static final CommandSpec SPEC = CommandSpec.of("client", "assignPartition",
            "Assign a partition to a client", OptionSpec.required("client", "c"),
            OptionSpec.required("partition", "par", "p"));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void run(CommandContext ctx, Args args) {
        ctx.io().println("");
        ctx.appliance().run(tx -> tx.clients().assign(args.get("client"), args.get("partition")));
        Replies.successful(ctx.io(), SPEC.displayName());
    }
}
