package dev.dhsm.appliance.lunash;

import dev.dhsm.model.NetworkRoute;
import dev.dhsm.model.NetworkState;

/** {@code network route show}: the manually configured routes. */
final class NetworkRouteShowCommand implements LunashCommand {
    private static final CommandSpec SPEC = CommandSpec.of("network", "route show", "Show the manual routes");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void run(CommandContext ctx, Args args) {
        ctx.io().println("");
        printRoutes(ctx.io(), ctx.appliance().transact(tx -> tx.system().network()));
    }

    static void printRoutes(ShellIO io, NetworkState n) {
        io.println("Manually configured routes:");
        io.println("");
        if (n.routes().isEmpty()) {
            io.println("   There are no manually configured routes.");
            return;
        }
        io.println(String.format("   %-16s %-16s %-16s %s", "Destination", "Netmask", "Gateway", "Device"));
        for (NetworkRoute r : n.routes()) {
            io.println(String.format("   %-16s %-16s %-16s %s", r.network(), r.netmask(), r.gateway(), r.device()));
        }
    }
}
