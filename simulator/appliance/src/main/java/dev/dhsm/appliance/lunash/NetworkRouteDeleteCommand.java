package dev.dhsm.appliance.lunash;

/** {@code network route delete -network <net> -netmask <mask> -gateway <gw> -device <ethN>}. */
final class NetworkRouteDeleteCommand implements LunashCommand {
    private static final CommandSpec SPEC = CommandSpec.of("network", "route delete", "Delete a manual route",
            NetworkRouteAddCommand.OPTIONS);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void run(CommandContext ctx, Args args) {
        NetworkWarning.confirm(ctx, args);
        ctx.appliance().run(tx -> tx.system().deleteRoute(NetworkRouteAddCommand.route(args)));
        Replies.successful(ctx.io(), SPEC.displayName());
    }
}
