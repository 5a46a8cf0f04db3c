package dev.dhsm.appliance.lunash;

import dev.dhsm.model.RegisteredClient;

/** {@code client fingerprint -client <name>}: the SHA-1 fingerprint of a registered client's certificate. */
final class ClientFingerprintCommand implements LunashCommand {
    private static final CommandSpec SPEC = CommandSpec.of("client", "fingerprint",
            "Show a client certificate's fingerprint", OptionSpec.required("client", "c"));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void run(CommandContext ctx, Args args) {
        RegisteredClient c = ctx.appliance().transact(tx -> tx.clients().require(args.get("client")));
        ctx.io().println("");
        ctx.io().println("Certificate fingerprint: " + c.fingerprint());
    }
}
