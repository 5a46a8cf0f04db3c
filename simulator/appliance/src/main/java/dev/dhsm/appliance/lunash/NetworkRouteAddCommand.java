package dev.dhsm.appliance.lunash;

import dev.dhsm.model.NetworkRoute;

/** {@code network route add -network <net> -netmask <mask> -gateway <gw> -device <ethN>}. */
final class NetworkRouteAddCommand implements LunashCommand {
    static final OptionSpec[] OPTIONS = {OptionSpec.required("network"), OptionSpec.required("netmask"),
        OptionSpec.required("gateway", "g"), OptionSpec.required("device", "d"), OptionSpec.flag("force", "f")};
    private static final CommandSpec SPEC = CommandSpec.of("network", "route add", "Add a manual route", OPTIONS);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void run(CommandContext ctx, Args args) {
        NetworkWarning.confirm(ctx, args);
        ctx.appliance().run(tx -> tx.system().addRoute(route(args)));
        Replies.successful(ctx.io(), SPEC.displayName());
    }

    static NetworkRoute route(Args args) {
        return new NetworkRoute(args.get("network"), args.get("netmask"), args.get("gateway"), args.get("device"));
    }
}
