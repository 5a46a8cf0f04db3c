package dev.dhsm.client.lunacm;

import dev.dhsm.client.backup.BackupHsm;

/**
 * {@code partition archive delete -slot <backup slot> -partition <name> [-force]}: deletes a backup partition and
 * its objects after {@code proceed}.
 */
final class PartitionArchiveDeleteCommand implements LunacmCommand {

    private static final CommandSpec SPEC = CommandSpec.of("partition", "archive delete",
            "Delete a partition on a backup HSM", OptionSpec.required("slot", "s"),
            OptionSpec.required("partition", "par"), OptionSpec.flag("force", "f"));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void run(CommandContext ctx, Args args) {
        String name = args.get("partition");
        BackupHsm backup = ctx.state().backup(args.requiredNumber("slot"));
        if (backup.find(name).isEmpty()) {
            throw BackupHsm.notFound(name);
        }
        Prompts.proceed(ctx, args, "You are about to delete the backup partition " + name + ".",
                "All objects in it will be destroyed.");
        backup.delete(name);
    }
}
