package dev.dhsm.client.lunacm;

import dev.dhsm.client.LunaClientException;
import dev.dhsm.client.ReturnCodes;
import dev.dhsm.client.ha.HaGroup;

/**
 * {@code hagroup addstandby {-slot <n> | -serialnumber <sn>} -group <label>}: makes a member of the group a standby
 * member: it keeps getting replicas but serves requests only when no active member is alive.
 */
final class HagroupAddStandbyCommand implements LunacmCommand {

    private static final CommandSpec SPEC = CommandSpec.of("hagroup", "addstandby",
            "Make an HA group member a standby member", HaGroups.SLOT, HaGroups.SERIAL, HaGroups.GROUP);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void run(CommandContext ctx, Args args) {
        standby(ctx, args, true);
    }

    /** Sets or clears a member's standby designation. */
    static void standby(CommandContext ctx, Args args, boolean on) {
        HaGroup group = HaGroups.group(ctx, args.get("group"));
        String serial = args.has("serialnumber") && !args.has("slot") ? args.get("serialnumber")
                : HaGroups.member(ctx, args).partitionSerial();
        if (!group.config().hasMember(serial)) {
            throw new LunaClientException(ReturnCodes.RC_OBJECT_NOT_IN_LIST,
                    "The member you specified is not part of the HA group " + group.label() + ".");
        }
        if (group.config().isStandby(serial) == on) {
            throw new LunaClientException(on ? ReturnCodes.RC_OBJECT_ALREADY_EXISTS : ReturnCodes.RC_OBJECT_NOT_IN_LIST,
                    "The member " + serial + (on ? " is already" : " is not") + " a standby member.");
        }
        HaGroups.changeGroups(ctx, groups -> {
            groups.replaceAll(g -> g.label().equals(group.label()) ? g.withStandby(serial, on) : g);
            return groups;
        });
        ctx.io().println("");
        ctx.io().println("  Member " + serial + (on ? " is now a standby member" : " is now an active member")
                + " of group " + group.label() + ".");
    }
}
