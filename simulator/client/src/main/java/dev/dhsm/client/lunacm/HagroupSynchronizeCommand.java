package dev.dhsm.client.lunacm;

import dev.dhsm.client.Session;
import dev.dhsm.client.ha.HaGroup;
import dev.dhsm.client.ha.SyncReport;

/**
 * {@code hagroup synchronize -group <label> [-password <co password>]}: every alive member gets a clone of each
 * object another member holds and it lacks; members whose cloning settings or domains conflict get the FM-23 warning
 * first, and each object they refuse is reported. {@code -enable} / {@code -disable} turn automatic synchronization
 * (of members that come back) on or off instead ({@code HASynchronize}).
 */
final class HagroupSynchronizeCommand implements LunacmCommand {

    private static final CommandSpec SPEC = CommandSpec.of("hagroup", "synchronize",
            "Synchronize the members of an HA group", HaGroups.GROUP, HaGroups.PASSWORD, OptionSpec.flag("enable"),
            OptionSpec.flag("disable"));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void run(CommandContext ctx, Args args) {
        HaGroup group = HaGroups.group(ctx, args.get("group"));
        if (args.has("enable") && args.has("disable")) {
            throw new UsageException("Options -enable and -disable cannot be used together.");
        }
        if (args.has("enable") || args.has("disable")) {
            boolean on = args.has("enable");
            HaGroups.changeGroups(ctx, groups -> {
                groups.replaceAll(g -> g.label().equals(group.label()) ? g.withSynchronize(on) : g);
                return groups;
            });
            ctx.io().println("");
            ctx.io().println("  Synchronization of group " + group.label() + " has been " + (on ? "enabled" : "disabled")
                    + ".");
            return;
        }
        String password = Prompts.password(ctx, args, "password", "Enter the password");
        ctx.state().refreshSlots();
        try (Session session = HaGroups.loggedIn(ctx, group, password)) {
            HaGroups.warnConflicts(ctx, session);
            SyncReport report = HaGroups.client(ctx).synchronize(session);
            ShellIO io = ctx.io();
            io.println("");
            for (SyncReport.Member m : report.members()) {
                for (SyncReport.Failure f : m.failures()) {
                    io.println("  Failed to synchronize object \"" + f.label() + "\" to member " + m.serial() + ": "
                            + f.error().describe());
                }
                if (m.copied() > 0) {
                    io.println("  " + m.copied() + " object(s) cloned to member " + m.serial() + ".");
                }
            }
            io.println(report.firstError().isPresent() ? "  Synchronization failed." : "  Synchronization completed.");
            report.firstError().ifPresent(e -> {
                throw e;
            });
        }
    }
}
