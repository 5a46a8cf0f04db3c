package dev.dhsm.appliance.lunash;

import dev.dhsm.model.NetworkInterface;
import dev.dhsm.model.NetworkState;

/** {@code network show}: the host name, each network device's settings and the manual routes. */
final class NetworkShowCommand implements LunashCommand {
    private static final CommandSpec SPEC = CommandSpec.of("network", "show", "Show the network configuration");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void run(CommandContext ctx, Args args) {
        NetworkState n = ctx.appliance().transact(tx -> tx.system().network());
        ShellIO io = ctx.io();
        io.println("");
        io.println("   Hostname:     " + ctx.appliance().hostname());
        for (NetworkInterface i : n.interfaces()) {
            io.println("");
            io.println("   Device:       " + i.device());
            io.println("   Mode:         " + i.mode());
            if (i.isStatic()) {
                io.println("   IP Address:   " + i.ip());
                io.println("   Netmask:      " + i.netmask());
                io.println("   Gateway:      " + i.gateway());
            }
        }
        io.println("");
        NetworkRouteShowCommand.printRoutes(io, n);
    }
}
