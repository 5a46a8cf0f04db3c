package dev.dhsm.client.lunacm;

import dev.dhsm.client.Session;
import dev.dhsm.client.Slot;
import dev.dhsm.client.ha.HaGroup;
import java.util.Optional;

/**
 * {@code hagroup addmember {-slot <n> | -serialnumber <sn>} -group <label> [-password <co password>]}: adds a
 * partition to a group. The group's members are then compared: members that disagree on private-key cloning or on
 * their cloning domain get the warning Azure documents (FM-23). Nothing is replicated until {@code hagroup
 * synchronize}.
 */
final class HagroupAddMemberCommand implements LunacmCommand {

    private static final CommandSpec SPEC = CommandSpec.of("hagroup", "addmember", "Add a member to an HA group",
            HaGroups.SLOT, HaGroups.SERIAL, HaGroups.GROUP, HaGroups.PASSWORD);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void run(CommandContext ctx, Args args) {
        HaGroup group = HaGroups.group(ctx, args.get("group"));
        Slot member = HaGroups.member(ctx, args);
        HagroupCreateGroupCommand.inNoGroup(ctx, member);
        String password = Prompts.password(ctx, args, "password", "Enter the password");
        HaGroups.checkPassword(ctx, member, password);
        HaGroups.changeGroups(ctx, groups -> {
            groups.replaceAll(g -> g.label().equals(group.label()) ? g.withMember(member.partitionSerial()) : g);
            return groups;
        });
        try (Session session = HaGroups.loggedIn(ctx, group, password)) {
            HaGroups.warnConflicts(ctx, session);
        }
        ctx.io().println("");
        ctx.io().println("  Member " + member.partitionSerial() + " successfully added to group " + group.label()
                + ". New group");
        ctx.io().println("  configuration is:");
        ctx.io().println("");
        HaGroups.print(ctx, group, Optional.empty());
        ctx.io().println("");
        ctx.io().println("  Please use the command \"hagroup synchronize\" when you are ready to replicate data"
                + " between all members of the HA group.");
    }
}
