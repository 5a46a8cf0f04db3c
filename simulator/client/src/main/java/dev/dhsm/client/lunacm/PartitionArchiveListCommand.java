package dev.dhsm.client.lunacm;

import dev.dhsm.client.backup.BackupPartition;
import java.util.List;

/** {@code partition archive list -slot <backup slot>}: the backup partitions on the backup HSM. */
final class PartitionArchiveListCommand implements LunacmCommand {

    private static final CommandSpec SPEC = CommandSpec.of("partition", "archive list",
            "List the partitions on a backup HSM", OptionSpec.required("slot", "s"));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void run(CommandContext ctx, Args args) {
        long slot = args.requiredNumber("slot");
        List<BackupPartition> partitions = ctx.state().backup(slot).list();
        ShellIO io = ctx.io();
        io.println("");
        io.println("  Backup partitions on slot " + slot + ":");
        for (BackupPartition p : partitions) {
            io.println("");
            SlotListing.field(io, "Partition Name ->", p.name());
            SlotListing.field(io, "Objects ->", Integer.toString(p.objects().size()));
            SlotListing.field(io, "Created ->", p.created().toString());
            SlotListing.field(io, "Source Partition ->", p.sourcePartitionSerial() + " (" + p.sourceLabel()
                    + ") on " + p.sourceServer());
            SlotListing.field(io, "Domain Fingerprint ->",
                    p.domainFingerprint().isEmpty() ? "(not reported)" : p.domainFingerprint());
        }
        io.println("");
        io.println("  Number of backup partitions: " + partitions.size());
    }
}
