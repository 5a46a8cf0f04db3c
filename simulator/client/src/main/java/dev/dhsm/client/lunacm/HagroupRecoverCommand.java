package dev.dhsm.client.lunacm;

import dev.dhsm.client.LunaClientException;
import dev.dhsm.client.ha.HaGroup;
import java.util.Map;
import java.util.Optional;

/**
 * {@code hagroup recover -group <label>}: tries every down member of the group now (the manual recovery of FM-22);
 * members that answer rejoin, the others stay down.
 */
final class HagroupRecoverCommand implements LunacmCommand {

    private static final CommandSpec SPEC = CommandSpec.of("hagroup", "recover", "Recover failed HA group members",
            HaGroups.GROUP);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void run(CommandContext ctx, Args args) {
        HaGroup group = HaGroups.group(ctx, args.get("group"));
        Map<String, Optional<LunaClientException>> outcome = HaGroups.client(ctx).recover(group.label());
        ctx.state().refreshSlots();
        ctx.io().println("");
        if (outcome.isEmpty()) {
            ctx.io().println("  No member of group " + group.label() + " needs recovery.");
            return;
        }
        LunaClientException first = null;
        for (Map.Entry<String, Optional<LunaClientException>> e : outcome.entrySet()) {
            if (e.getValue().isEmpty()) {
                ctx.io().println("  Member " + e.getKey() + " has been recovered.");
            } else {
                ctx.io().println("  Member " + e.getKey() + " could not be recovered: " + e.getValue().get().describe());
                first = first == null ? e.getValue().get() : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
