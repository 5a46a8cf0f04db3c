package dev.dhsm.client.lunacm;

/** {@code slot set -slot <n>}: makes another slot the current one, which the partition and role commands act on. */
final class SlotSetCommand implements LunacmCommand {

    private static final CommandSpec SPEC = CommandSpec.of("slot", "set", "Set the current slot",
            OptionSpec.required("slot", "s"));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void run(CommandContext ctx, Args args) {
        long slotId = args.requiredNumber("slot");
        ctx.state().select(slotId);
        ctx.io().println("");
        ctx.io().println("  Current Slot Id: " + slotId + "  (" + ctx.state().slot(slotId).description() + ")");
    }
}
