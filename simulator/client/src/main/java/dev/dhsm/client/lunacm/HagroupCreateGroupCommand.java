package dev.dhsm.client.lunacm;

import dev.dhsm.client.LunaClientException;
import dev.dhsm.client.ReturnCodes;
import dev.dhsm.client.Slot;
import dev.dhsm.client.ha.HaGroupConfig;
import java.util.Optional;

/**
 * {@code hagroup creategroup -label <label> {-slot <n> | -serialnumber <sn>} [-password <co password>]}: a new HA
 * group around one partition, written to {@code Chrystoki.conf}; its group number is 1 followed by the partition's
 * serial, and its virtual slot appears in the slot list.
 */
final class HagroupCreateGroupCommand implements LunacmCommand {

    private static final CommandSpec SPEC = CommandSpec.of("hagroup", "creategroup", "Create an HA group",
            OptionSpec.required("label", "l"), HaGroups.SLOT, HaGroups.SERIAL, HaGroups.PASSWORD);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void run(CommandContext ctx, Args args) {
        String label = args.get("label");
        Slot member = HaGroups.member(ctx, args);
        if (HaGroups.client(ctx).group(label).isPresent()) {
            throw new LunaClientException(ReturnCodes.RC_OBJECT_ALREADY_EXISTS,
                    "The label " + label + " for the new group has already been used.");
        }
        inNoGroup(ctx, member);
        String password = Prompts.password(ctx, args, "password", "Enter the password");
        HaGroups.checkPassword(ctx, member, password);
        HaGroupConfig config = HaGroupConfig.create(label, member.partitionSerial());
        HaGroups.changeGroups(ctx, groups -> {
            groups.add(config);
            return groups;
        });
        ctx.io().println("");
        ctx.io().println("  New group with label \"" + label + "\" created with group number " + config.number() + ".");
        ctx.io().println("  Group configuration is:");
        ctx.io().println("");
        HaGroups.print(ctx, HaGroups.group(ctx, label), Optional.of(false));
    }

    static void inNoGroup(CommandContext ctx, Slot member) {
        boolean taken = HaGroups.client(ctx).groups().stream()
                .anyMatch(g -> g.config().hasMember(member.partitionSerial()));
        if (taken) {
            throw new LunaClientException(ReturnCodes.RC_OBJECT_ALREADY_EXISTS,
                    "The member you specified is already part of an HA group.");
        }
    }
}
