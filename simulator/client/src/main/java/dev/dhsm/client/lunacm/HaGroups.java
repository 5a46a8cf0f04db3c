package dev.dhsm.client.lunacm;

import dev.dhsm.client.ChrystokiConf;
import dev.dhsm.client.LunaClient;
import dev.dhsm.client.LunaClientException;
import dev.dhsm.client.ReturnCodes;
import dev.dhsm.client.Role;
import dev.dhsm.client.Session;
import dev.dhsm.client.Slot;
import dev.dhsm.client.ha.HaClient;
import dev.dhsm.client.ha.HaConfiguration;
import dev.dhsm.client.ha.HaGroup;
import dev.dhsm.client.ha.HaGroupConfig;
import dev.dhsm.client.ha.HaSettings;
import dev.dhsm.client.ha.MemberState;
import dev.dhsm.wire.pkcs11.Ckr;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What the {@code hagroup} commands share: the HA layer of this LunaCM's client library, the groups in
 * {@code Chrystoki.conf} and how a change to them is written and taken up, how a member is named ({@code -slot} or
 * {@code -serialnumber}), the Crypto Officer's login on a group, and how a group is printed.
 */
final class HaGroups {

    static final OptionSpec GROUP = OptionSpec.required("group", "g");
    static final OptionSpec SLOT = OptionSpec.value("slot", "sl");
    static final OptionSpec SERIAL = OptionSpec.value("serialnumber", "se");
    static final OptionSpec PASSWORD = OptionSpec.value("password", "p");
    private static final int FIELD_WIDTH = 36;

    private HaGroups() {
    }

    /** The HA layer of the client library; LunaCM without a configured appliance has none. */
    static HaClient client(CommandContext ctx) {
        LunaClient client = ctx.state().client();
        if (client instanceof HaClient ha) {
            return ha;
        }
        throw new LunaClientException(Ckr.SLOT_ID_INVALID, "no appliance is configured; HA groups need one");
    }

    static ChrystokiConf conf(CommandContext ctx) {
        return Files.exists(ctx.state().environment().confFile())
                ? ChrystokiConf.read(ctx.state().environment().confFile()) : ChrystokiConf.empty();
    }

    /** Writes a changed configuration and hands it to the library, keeping the members' state. */
    static void save(CommandContext ctx, ChrystokiConf conf) {
        conf.write(ctx.state().environment().confFile());
        client(ctx).configure(conf);
        ctx.state().refreshSlots();
    }

    static void changeGroups(CommandContext ctx, UnaryOperator<List<HaGroupConfig>> change) {
        ChrystokiConf conf = conf(ctx);
        save(ctx, HaConfiguration.withGroups(conf, change.apply(new ArrayList<>(HaConfiguration.groups(conf)))));
    }

    static void changeSettings(CommandContext ctx, UnaryOperator<HaSettings> change) {
        ChrystokiConf conf = conf(ctx);
        save(ctx, HaConfiguration.withSettings(conf, change.apply(HaConfiguration.settings(conf))));
    }

    static HaGroup group(CommandContext ctx, String label) {
        return client(ctx).group(label).orElseThrow(() -> new LunaClientException(ReturnCodes.RC_OBJECT_NOT_IN_LIST,
                "The HA group " + label + " does not exist."));
    }

    /**
     * The partition slot named by {@code -slot} or {@code -serialnumber} (exactly one of them), among the partition
     * slots (also in HA-only mode, where the listing hides them).
     */
    static Slot member(CommandContext ctx, Args args) {
        if (args.has("slot") == args.has("serialnumber")) {
            throw new UsageException("Give either -slot or -serialnumber.");
        }
        ctx.state().refreshSlots();
        List<Slot> slots = client(ctx).physicalSlots();
        Optional<Slot> found = args.has("slot")
                ? slots.stream().filter(s -> s.slotId() == args.requiredNumber("slot")).findFirst()
                : slots.stream().filter(s -> s.partitionSerial().equals(args.get("serialnumber"))).findFirst();
        Slot slot = found.orElseThrow(() -> new LunaClientException(Ckr.SLOT_ID_INVALID,
                "the slot you specified is not available"));
        if (!Slot.NET_TOKEN_SLOT.equals(slot.description())) {
            throw new LunaClientException(Ckr.SLOT_ID_INVALID, "slot " + slot.slotId() + " is not a partition");
        }
        return slot;
    }

    /** Checks the member's Crypto Officer password on the member itself. */
    static void checkPassword(CommandContext ctx, Slot member, String password) {
        try (Session session = client(ctx).openPartitionSession(member.partitionSerial())) {
            session.login(Role.CO, password);
            session.logout();
        }
    }

    /** The group's virtual slot, logged in as the Crypto Officer; the caller closes it. */
    static Session loggedIn(CommandContext ctx, HaGroup group, String password) {
        Session session = client(ctx).openGroupSession(group.label());
        try {
            session.login(Role.CO, password);
            return session;
        } catch (LunaClientException e) {
            session.close();
            throw e;
        }
    }

    /** {@code Warning: Synchronize may fail.  The members in slot N and slot M have conflicting settings ...}. */
    static void warnConflicts(CommandContext ctx, Session groupSession) {
        for (List<String> pair : client(ctx).cloningConflicts(groupSession)) {
            ctx.io().println("");
            ctx.io().println("Warning: Synchronize may fail.  The members in slot " + slotOf(ctx, pair.get(0))
                    + " and slot " + slotOf(ctx, pair.get(1)) + " have conflicting settings for private key cloning.");
        }
    }

    static String slotOf(CommandContext ctx, String serial) {
        return client(ctx).physicalSlots().stream().filter(s -> s.partitionSerial().equals(serial))
                .map(s -> Long.toString(s.slotId())).findFirst().orElse("-");
    }

    /** The group block of {@code hagroup listgroups}; {@code needsSync} empty when unknown. */
    static void print(CommandContext ctx, HaGroup group, Optional<Boolean> needsSync) {
        HaClient client = client(ctx);
        HaGroupConfig config = group.config();
        ShellIO io = ctx.io();
        field(io, "HA Group Label", config.label());
        field(io, "HA Group Number", config.number());
        field(io, "HA Group Slot ID", client.virtualSlotId(group).map(String::valueOf).orElse("Not Available"));
        field(io, "Synchronization", config.synchronize() ? "enabled" : "disabled");
        field(io, "Group Members", config.members().isEmpty() ? "<none>" : String.join(", ", config.members()));
        field(io, "Needs sync", needsSync.map(b -> b ? "yes" : "no").orElse("unknown"));
        field(io, "Standby Members", "<none>");
        io.println("");
        io.println("Slot #    Member S/N                      Member Label    Status");
        io.println("======    ==========                      ============    ======");
        for (String serial : config.members()) {
            String label = client.physicalSlots().stream().filter(s -> s.partitionSerial().equals(serial))
                    .map(Slot::label).findFirst().orElse("");
            MemberState state = group.state(serial);
            io.println(String.format("%6s    %-32s%-16s%s", slotOf(ctx, serial), serial, label, state.text()));
        }
    }

    static void field(ShellIO io, String name, String value) {
        io.println(" ".repeat(Math.max(0, FIELD_WIDTH - name.length())) + name + ":  " + value);
    }
}
