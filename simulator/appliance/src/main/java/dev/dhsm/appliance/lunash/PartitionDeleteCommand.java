package dev.dhsm.appliance.lunash;

/** {@code partition delete -partition <name>}: the HSM SO deletes a partition and everything in it. */
final class PartitionDeleteCommand implements LunashCommand {
    private static final CommandSpec SPEC = CommandSpec.of("partition", "delete", "Delete a partition",
            OptionSpec.required("partition", "par", "p"), OptionSpec.flag("force", "f"));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void run(CommandContext ctx, Args args) {
        String name = args.get("partition");
        ctx.appliance().run(tx -> tx.partitions().checkDelete(ctx.session(), name));
        if (!args.has("force")) {
            ctx.io().println("");
            ctx.io().println("");
        }
        Confirmation.require(ctx, args,
                "          Type 'proceed' to delete the partition, or",
                "          'quit' to quit now.");
        ctx.appliance().run(tx -> tx.partitions().delete(ctx.session(), name));
        Replies.successful(ctx.io(), SPEC.displayName());
    }
}
