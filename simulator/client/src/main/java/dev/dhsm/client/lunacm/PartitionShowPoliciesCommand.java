package dev.dhsm.client.lunacm;

import dev.dhsm.client.Slot;
import dev.dhsm.wire.message.PolicyValue;

/** {@code partition showpolicies [-slot <n>]}: the partition policies, number, name and value, in number order. */
final class PartitionShowPoliciesCommand implements LunacmCommand {

    private static final CommandSpec SPEC = CommandSpec.of("partition", "showpolicies",
            "Show the partition policies", OptionSpec.value("slot", "s"));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void run(CommandContext ctx, Args args) {
        Slot slot = SlotChoice.partition(ctx, args);
        ShellIO io = ctx.io();
        io.println("");
        io.println("  Partition Policies:");
        for (PolicyValue policy : ctx.state().session(slot.slotId()).policies()) {
            io.println(String.format("    %2d: %s : %d", policy.code(), policy.description(), policy.value()));
        }
    }
}
