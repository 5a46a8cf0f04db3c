package dev.dhsm.appliance.lunash;

/** {@code network interface static -device <ethN> -ip <ip> -netmask <mask> [-gateway <gw>]}. */
final class NetworkInterfaceStaticCommand implements LunashCommand {
    private static final CommandSpec SPEC = CommandSpec.of("network", "interface static",
            "Set a static address on a network device", OptionSpec.required("device", "d"),
            OptionSpec.required("ip", "i"), OptionSpec.required("netmask", "n"), OptionSpec.value("gateway", "g"),
            OptionSpec.flag("force", "f"));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void run(CommandContext ctx, Args args) {
        NetworkWarning.confirm(ctx, args);
        ctx.appliance().run(tx -> tx.system().setInterfaceStatic(args.get("device"), args.get("ip"),
                args.get("netmask"), args.value("gateway").orElse(null)));
        Replies.successful(ctx.io(), SPEC.displayName());
    }
}
