package dev.dhsm.client.lunacm;

import dev.dhsm.client.Session;
import dev.dhsm.client.ha.HaClient;
import dev.dhsm.client.ha.HaGroup;
import dev.dhsm.client.ha.HaSettings;
import java.util.Optional;

/**
 * {@code hagroup listgroups [-password <co password>]}: the client's HA settings, then each group with its members
 * and their state in this process ({@code alive} or {@code down}). Whether a group needs synchronizing is shown when
 * the members' password is given (asked for each group; an empty answer skips it; HA-only mode skips it).
 */
final class HagroupListGroupsCommand implements LunacmCommand {

    private static final CommandSpec SPEC = CommandSpec.of("hagroup", "listgroups", "List the HA groups",
            HaGroups.PASSWORD);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void run(CommandContext ctx, Args args) {
        HaClient client = HaGroups.client(ctx);
        ctx.state().refreshSlots();
        HaSettings s = client.settings();
        ShellIO io = ctx.io();
        io.println("");
        HaGroups.field(io, "HA auto recovery", s.autoRecovery() ? "enabled" : "disabled");
        HaGroups.field(io, "HA recovery mode", "activeBasic");
        HaGroups.field(io, "Maximum auto recovery retry", Integer.toString(s.retryCount()));
        HaGroups.field(io, "Auto recovery poll interval", s.interval().getSeconds() + " seconds");
        HaGroups.field(io, "HA logging", "disabled");
        HaGroups.field(io, "Only Show HA Slots", s.haOnly() ? "yes" : "no");
        if (client.groups().isEmpty()) {
            io.println("");
            io.println("  No HA groups are configured.");
        }
        for (HaGroup group : client.groups()) {
            io.println("");
            Optional<Boolean> needsSync = s.haOnly() ? Optional.empty() : needsSync(ctx, args, group);
            io.println("");
            HaGroups.print(ctx, group, needsSync);
        }
    }

    private static Optional<Boolean> needsSync(CommandContext ctx, Args args, HaGroup group) {
        String password;
        if (args.has("password")) {
            password = args.get("password");
        } else {
            ctx.io().println("  If you would like to see synchronization data for group " + group.label() + ",");
            ctx.io().println("  please enter the password for the group members. Sync info");
            ctx.io().println("  not available in HA Only mode.");
            ctx.io().println("");
            password = ctx.io().readSecret("\tEnter the password: ");
        }
        if (password == null || password.isEmpty() || group.alive().isEmpty()) {
            return Optional.empty();
        }
        try (Session session = HaGroups.loggedIn(ctx, group, password)) {
            return Optional.of(HaGroups.client(ctx).needsSync(session));
        }
    }
}
