package dev.dhsm.appliance.lunash;

import dev.dhsm.model.LunaError;
import dev.dhsm.model.LunaException;
import dev.dhsm.model.PartitionView;
import dev.dhsm.model.RoleView;
import java.util.List;

/** {@code partition show [-partition <name>]}: one partition's serial, name, storage and object count. */
final class PartitionShowCommand implements LunashCommand {
    private static final CommandSpec SPEC = CommandSpec.of("partition", "show", "Show partition details",
            OptionSpec.value("partition", "par", "p"));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void run(CommandContext ctx, Args args) {
        List<PartitionView> all = ctx.appliance().transact(tx -> tx.partitions().list());
        List<PartitionView> shown = args.value("partition")
                .map(name -> List.of(all.stream().filter(p -> p.name().equals(name)).findFirst()
                        .orElseThrow(() -> LunaException.withLead(LunaError.RC_OBJECT_NOT_IN_LIST,
                                "The partition you specified does not exist.",
                                "Use 'partition list' to list all partitions."))))
                .orElse(all);
        ShellIO io = ctx.io();
        io.println("");
        if (shown.isEmpty()) {
            io.println("   There are no partitions.");
            return;
        }
        for (PartitionView p : shown) {
            io.println(line("Partition SN:", p.serial()));
            io.println(line("Partition Name:", p.name()));
            io.println(line("Partition Label:", p.label()));
            io.println(line("Partition Initialized:", p.initialized() ? "yes" : "no"));
            for (RoleView r : p.roles()) {
                String name = r.role().displayName();
                io.println(line(name + " Initialized:", r.initialized() ? "yes" : "no"));
                io.println(line(name + " Locked Out:", r.locked() ? "yes" : "no"));
                io.println(line(name + " PIN To Be Changed:", r.pinExpired() ? "yes" : "no"));
                io.println(line(name + " Login Attempts Left:", r.locked() ? "None - " + name + " is Locked Out"
                        : String.valueOf(r.loginsLeft())));
            }
            io.println(line("Partition Storage Information (Bytes):", "Total=" + p.totalBytes() + ", Used="
                    + p.usedBytes() + ", Free=" + p.freeBytes()));
            io.println(line("Partition Object Count:", String.valueOf(p.objects())));
            io.println("");
        }
    }

    private static String line(String label, String value) {
        return String.format("%-40s%s", label, value).stripTrailing();
    }
}
