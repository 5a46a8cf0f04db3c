package dev.dhsm.appliance.lunash;

import dev.dhsm.model.RegisteredClient;
import java.util.List;

/** {@code client list}: the registered NTLS clients, numbered. */
final class ClientListCommand implements LunashCommand {
    private static final CommandSpec SPEC = CommandSpec.of("client", "list", "List the registered clients");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void run(CommandContext ctx, Args args) {
        List<RegisteredClient> clients = ctx.appliance().transact(tx -> tx.clients().list());
        ctx.io().println("");
        if (clients.isEmpty()) {
            ctx.io().println("No clients are registered.");
            return;
        }
        for (int i = 0; i < clients.size(); i++) {
            ctx.io().println("registered client " + (i + 1) + ": " + clients.get(i).name());
        }
    }
}
