package dev.dhsm.client.lunacm;

import dev.dhsm.client.ha.HaGroup;

/** {@code hagroup deletegroup -label <label>}: removes a group from the client configuration; members keep their objects. */
final class HagroupDeleteGroupCommand implements LunacmCommand {

    private static final CommandSpec SPEC = CommandSpec.of("hagroup", "deletegroup", "Delete an HA group",
            OptionSpec.required("label", "l"));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void run(CommandContext ctx, Args args) {
        HaGroup group = HaGroups.group(ctx, args.get("label"));
        HaGroups.changeGroups(ctx, groups -> {
            groups.removeIf(g -> g.label().equals(group.label()));
            return groups;
        });
        ctx.io().println("");
        ctx.io().println("  The HA group " + group.label() + " was successfully deleted.");
    }
}
