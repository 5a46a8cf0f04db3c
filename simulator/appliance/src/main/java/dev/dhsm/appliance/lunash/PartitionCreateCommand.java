package dev.dhsm.appliance.lunash;

/**
 * {@code partition create -partition <name> [-size <bytes>]}: the HSM SO creates an application partition
 * (an equal share of the free storage unless sized), after the {@code proceed} confirmation.
 */
final class PartitionCreateCommand implements LunashCommand {
    private static final CommandSpec SPEC = CommandSpec.of("partition", "create", "Create a partition",
            OptionSpec.required("partition", "par", "p"), OptionSpec.value("size", "s"),
            OptionSpec.flag("allfreestorage"), OptionSpec.flag("force", "f"));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void run(CommandContext ctx, Args args) {
        String name = args.get("partition");
        Long size = args.number("size").orElse(null);
        if (size != null && args.has("allfreestorage")) {
            throw new UsageException("Options -size and -allfreestorage cannot be used together.");
        }
        Long bytes = args.has("allfreestorage") ? ctx.appliance().transact(tx -> {
            long free = tx.hsm().view(ctx.session()).storageFree();
            return free - dev.dhsm.model.Partition.OVERHEAD_BYTES;
        }) : size;
        ctx.appliance().run(tx -> tx.partitions().checkCreate(ctx.session(), name, bytes));
        if (!args.has("force")) {
            ctx.io().println("");
            ctx.io().println("");
        }
        Confirmation.require(ctx, args,
                "          Type 'proceed' to create the partition, or",
                "          'quit' to quit now.");
        ctx.appliance().run(tx -> tx.partitions().create(ctx.session(), name, bytes));
        Replies.successful(ctx.io(), SPEC.displayName());
    }
}
