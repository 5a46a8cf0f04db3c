package dev.dhsm.appliance.lunash;

/** {@code client delete -client <name>}: unregisters a client and drops its NTLS sessions. */
final class ClientDeleteCommand implements LunashCommand {
    private static final CommandSpec SPEC = CommandSpec.of("client", "delete", "Delete a registered client",
            OptionSpec.required("client", "c"), OptionSpec.flag("force", "f"));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void run(CommandContext ctx, Args args) {
        String name = args.get("client");
        ctx.appliance().transact(tx -> tx.clients().require(name));
        Confirmation.require(ctx, args, "", "CAUTION:  Are you sure you wish to delete client named: " + name,
                "          Type 'proceed' to delete the client, or 'quit' to quit now.");
        ctx.appliance().run(tx -> tx.clients().delete(name));
        Replies.successful(ctx.io(), SPEC.displayName());
    }
}
