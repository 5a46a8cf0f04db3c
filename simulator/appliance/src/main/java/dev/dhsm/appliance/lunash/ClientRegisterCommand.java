package dev.dhsm.appliance.lunash;

/**
 * {@code client register -client <name> {-hostname <host> | -ip <ip>}}: registers an NTLS client whose
 * certificate {@code <name>.pem} was copied to the admin's file area with scp.
 */
final class ClientRegisterCommand implements LunashCommand {
    private static final CommandSpec SPEC = CommandSpec.of("client", "register", "Register an NTLS client",
            OptionSpec.required("client", "c"), OptionSpec.value("hostname", "n"), OptionSpec.value("ip", "i"));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void run(CommandContext ctx, Args args) {
        String name = args.get("client");
        boolean byIp = args.has("ip");
        if (byIp == args.has("hostname")) {
            throw new UsageException("Give exactly one of -hostname and -ip.");
        }
        String host = byIp ? args.get("ip") : args.get("hostname");
        ctx.io().println("");
        ctx.appliance().run(tx -> tx.clients().register(ctx.session(), name, host, byIp));
        Replies.successful(ctx.io(), SPEC.displayName());
    }
}
