package dev.dhsm.client.lunacm;

import dev.dhsm.client.LunaClientException;
import dev.dhsm.client.ReturnCodes;
import dev.dhsm.client.Role;
import dev.dhsm.client.Session;
import dev.dhsm.client.Slot;
import dev.dhsm.wire.pkcs11.Ckr;
import java.util.List;
import java.util.Locale;
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
        keepOrRemoveObjects(ctx, member, password);
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

    /**
     * A first member that already holds objects: {@code copy} keeps them (synchronize replicates them),
     * {@code remove} deletes them, {@code quit} (or anything else) cancels.
     */
    private static void keepOrRemoveObjects(CommandContext ctx, Slot member, String password) {
        try (Session session = HaGroups.client(ctx).openPartitionSession(member.partitionSerial())) {
            session.login(Role.CO, password);
            List<Long> objects = session.findObjects(List.of());
            if (!objects.isEmpty()) {
                ctx.io().println("");
                ctx.io().println("  The member you specified holds " + objects.size() + " object(s).");
                ctx.io().println("  Type 'copy' to keep them and replicate them to the group's members,");
                ctx.io().println("  'remove' to delete them, or 'quit' to quit now.");
                String answer = ctx.io().readLine("  > ");
                String word = answer == null ? "quit" : answer.trim().toLowerCase(Locale.ROOT);
                if (word.equals("remove")) {
                    objects.forEach(session::destroy);
                } else if (!word.equals("copy")) {
                    session.logout();
                    ctx.io().println("");
                    ctx.io().println("  Command aborted.");
                    throw new LunaClientException(Ckr.CANCEL, "the group was not created");
                }
            }
            session.logout();
        }
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
