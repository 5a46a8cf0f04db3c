package dev.dhsm.client.lunacm;

import dev.dhsm.client.LunaClientException;
import dev.dhsm.client.ReturnCodes;
import dev.dhsm.client.ha.HaGroup;

/**
 * {@code hagroup removemember {-slot <n> | -serialnumber <sn>} -group <label>}: takes a partition out of a group;
 * its objects stay on it. The serial number works for a member whose appliance is unreachable.
 */
final class HagroupRemoveMemberCommand implements LunacmCommand {

    private static final CommandSpec SPEC = CommandSpec.of("hagroup", "removemember",
            "Remove a member from an HA group", HaGroups.SLOT, HaGroups.SERIAL, HaGroups.GROUP);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void run(CommandContext ctx, Args args) {
        HaGroup group = HaGroups.group(ctx, args.get("group"));
        String serial = args.has("serialnumber") && !args.has("slot") ? args.get("serialnumber")
                : HaGroups.member(ctx, args).partitionSerial();
        if (!group.config().hasMember(serial)) {
            throw new LunaClientException(ReturnCodes.RC_OBJECT_NOT_IN_LIST,
                    "The member you specified is not part of the HA group " + group.label() + ".");
        }
        HaGroups.changeGroups(ctx, groups -> {
            groups.replaceAll(g -> g.label().equals(group.label()) ? g.withoutMember(serial) : g);
            return groups;
        });
        ctx.io().println("");
        ctx.io().println("  Member " + serial + " successfully removed from group " + group.label() + ".");
    }
}
