package dev.dhsm.client.lunacm;

/** {@code hagroup haonly -enable | -disable | -show}: whether the slot list shows only the HA virtual slots. */
final class HagroupHaOnlyCommand implements LunacmCommand {

    private static final CommandSpec SPEC = CommandSpec.of("hagroup", "haonly", "Show only HA virtual slots",
            OptionSpec.flag("enable"), OptionSpec.flag("disable"), OptionSpec.flag("show"));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void run(CommandContext ctx, Args args) {
        int given = (args.has("enable") ? 1 : 0) + (args.has("disable") ? 1 : 0) + (args.has("show") ? 1 : 0);
        if (given != 1) {
            throw new UsageException("Give one of -enable, -disable or -show.");
        }
        ctx.io().println("");
        if (args.has("show")) {
            ctx.io().println("  HA Only mode is " + (HaGroups.client(ctx).settings().haOnly() ? "enabled" : "disabled")
                    + ".");
            return;
        }
        boolean on = args.has("enable");
        HaGroups.changeSettings(ctx, s -> s.withHaOnly(on));
        ctx.io().println("  HA Only mode has been " + (on ? "enabled" : "disabled") + ".");
    }
}
