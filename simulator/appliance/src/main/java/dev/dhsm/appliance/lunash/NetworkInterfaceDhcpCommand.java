package dev.dhsm.appliance.lunash;

/** {@code network interface dhcp -device <ethN>}. */
final class NetworkInterfaceDhcpCommand implements LunashCommand {
    private static final CommandSpec SPEC = CommandSpec.of("network", "interface dhcp",
            "Use DHCP on a network device", OptionSpec.required("device", "d"), OptionSpec.flag("force", "f"));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void run(CommandContext ctx, Args args) {
        NetworkWarning.confirm(ctx, args);
        ctx.appliance().run(tx -> tx.system().setInterfaceDhcp(args.get("device")));
        Replies.successful(ctx.io(), SPEC.displayName());
    }
}
