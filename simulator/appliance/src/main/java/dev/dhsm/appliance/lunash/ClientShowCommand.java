package dev.dhsm.appliance.lunash;

import dev.dhsm.model.RegisteredClient;
import java.util.stream.Collectors;

/** {@code client show -client <name>}: a client's address and assigned partitions. */
final class ClientShowCommand implements LunashCommand {
    private static final CommandSpec SPEC = CommandSpec.of("client", "show", "Show a registered client",
            OptionSpec.required("client", "c"));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void run(CommandContext ctx, Args args) {
        RegisteredClient c = ctx.appliance().transact(tx -> tx.clients().require(args.get("client")));
        ShellIO io = ctx.io();
        io.println("");
        io.println("ClientID:     " + c.name());
        io.println((c.hostIsIp() ? "IPAddress:    " : "Hostname:     ") + c.host());
        io.println("Partitions:   " + c.partitions().stream().map(p -> "\"" + p + "\"").collect(Collectors.joining(", ")));
    }
}
