package dev.dhsm.appliance.lunash;

import dev.dhsm.model.PartitionView;
import java.util.List;

/** {@code partition list}: every partition with its serial, name, object count and storage. */
final class PartitionListCommand implements LunashCommand {
    private static final CommandSpec SPEC = CommandSpec.of("partition", "list", "List the partitions");
    private static final String ROW = " %-15s %-32s %7s %10s %10s %10s";

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void run(CommandContext ctx, Args args) {
        List<PartitionView> parts = ctx.appliance().transact(tx -> tx.partitions().list());
        ShellIO io = ctx.io();
        io.println("");
        if (parts.isEmpty()) {
            io.println("   There are no partitions.");
            return;
        }
        String head = String.format(ROW, "Partition", "Name", "Objects", "Total", "Used", "Free");
        int storageStart = head.indexOf("Total") - 3;
        io.println(" ".repeat(storageStart + 9) + "Storage (bytes)");
        io.println(" ".repeat(storageStart) + "-".repeat(head.length() - storageStart));
        io.println(head);
        io.println(" " + "=".repeat(head.length() - 1));
        for (PartitionView p : parts) {
            io.println(String.format(ROW, p.serial(), p.name(), p.objects(), p.totalBytes(), p.usedBytes(),
                    p.freeBytes()));
        }
    }
}
