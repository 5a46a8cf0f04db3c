package dev.dhsm.client.lunacm;

import dev.dhsm.client.LunaClientException;
import dev.dhsm.client.Role;
import dev.dhsm.client.Slot;
import dev.dhsm.client.backup.ArchiveReport;
import dev.dhsm.client.backup.BackupMode;
import dev.dhsm.client.backup.ObjectOutcome;
import dev.dhsm.client.backup.PartitionArchive;
import dev.dhsm.wire.pkcs11.Ckr;

/**
 * {@code partition archive backup -slot <backup slot> -partition <name> [-password <p>] [-append | -replace]}: the
 * Crypto Officer, logged in on the current slot, clones every object into a named partition of the backup HSM,
 * one line per object; the result line reports the first object that failed, if any.
 */
final class PartitionArchiveBackupCommand implements LunacmCommand {

    private static final CommandSpec SPEC = CommandSpec.of("partition", "archive backup",
            "Back the partition up to a backup HSM", OptionSpec.required("slot", "s"),
            OptionSpec.required("partition", "par"), OptionSpec.value("password", "pw"), OptionSpec.flag("append"),
            OptionSpec.flag("replace"));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void run(CommandContext ctx, Args args) {
        if (args.has("append") && args.has("replace")) {
            throw new UsageException("Options -append and -replace cannot be used together.");
        }
        long backupSlot = args.requiredNumber("slot");
        String name = args.get("partition");
        Slot source = ctx.state().partitionSlot();
        if (ctx.state().loggedIn(source.slotId()).filter(Role.CO::equals).isEmpty()) {
            throw new LunaClientException(Ckr.USER_NOT_LOGGED_IN,
                    "the Crypto Officer must be logged in to the partition being backed up");
        }
        PartitionArchive archive = ctx.state().archive(backupSlot);
        BackupMode mode = args.has("append") ? BackupMode.APPEND
                : args.has("replace") ? BackupMode.REPLACE : BackupMode.NEW;
        String password = archive.exists(name) ? Prompts.password(ctx, args, "password",
                "Enter the password for the backup partition")
                : Prompts.newPassword(ctx, args, "password", "Enter a password for the backup partition",
                        "Re-enter the password for the backup partition");
        ShellIO io = ctx.io();
        io.println("");
        io.println("  " + (archive.exists(name) ? (mode == BackupMode.APPEND ? "Appending to" : "Replacing")
                : "Creating") + " partition " + name + " on slot " + backupSlot + ".");
        io.println("  Backing up objects...");
        ArchiveReport report = archive.backup(ctx.state().session(source.slotId()), source, name, password, mode);
        for (ObjectOutcome o : report.objects()) {
            io.println(o.ok() ? "    Cloned object " + o.handle() + " to partition " + name + " (new handle "
                    + o.newHandle().orElseThrow() + ")."
                    : "    Failed to clone object " + o.handle() + " (" + o.label() + "): "
                    + o.error().orElseThrow().describe());
        }
        io.println("  Backup Complete.");
        io.println("");
        io.println("  " + report.succeeded() + " of " + report.objects().size()
                + " objects have been backed up to partition " + name);
        io.println("  on slot " + backupSlot + ".");
        report.firstError().ifPresent(e -> {
            throw e;
        });
    }
}
