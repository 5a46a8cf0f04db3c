package dev.dhsm.client.lunacm;

import dev.dhsm.client.LunaClientException;
import dev.dhsm.client.Role;
import dev.dhsm.client.Slot;
import dev.dhsm.client.backup.ArchiveReport;
import dev.dhsm.client.backup.ObjectOutcome;
import dev.dhsm.client.backup.PartitionArchive;
import dev.dhsm.wire.pkcs11.Ckr;

/**
 * {@code partition archive restore -slot <backup slot> -partition <name> [-password <p>]}: clones each object of a
 * backup partition into the current partition (the Crypto Officer logged in). A partition of another cloning
 * domain refuses every object ({@code CKR_CERTIFICATE_INVALID}), one line each, and the others are still tried.
 */
final class PartitionArchiveRestoreCommand implements LunacmCommand {

    private static final CommandSpec SPEC = CommandSpec.of("partition", "archive restore",
            "Restore a backup into the partition", OptionSpec.required("slot", "s"),
            OptionSpec.required("partition", "par"), OptionSpec.value("password", "pw"));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void run(CommandContext ctx, Args args) {
        long backupSlot = args.requiredNumber("slot");
        String name = args.get("partition");
        Slot target = ctx.state().partitionSlot();
        if (ctx.state().loggedIn(target.slotId()).filter(Role.CO::equals).isEmpty()) {
            throw new LunaClientException(Ckr.USER_NOT_LOGGED_IN,
                    "the Crypto Officer must be logged in to the partition being restored");
        }
        PartitionArchive archive = ctx.state().archive(backupSlot);
        String password = Prompts.password(ctx, args, "password", "Enter the password for the backup partition");
        ShellIO io = ctx.io();
        io.println("");
        io.println("  Restoring objects from partition " + name + " on slot " + backupSlot + "...");
        ArchiveReport report = archive.restore(ctx.state().session(target.slotId()), name, password);
        for (ObjectOutcome o : report.objects()) {
            io.println(o.ok() ? "    Cloned object " + o.handle() + " from partition " + name + " (new handle "
                    + o.newHandle().orElseThrow() + ")."
                    : "    Failed to clone object " + o.handle() + " (" + o.label() + "): "
                    + o.error().orElseThrow().describe());
        }
        io.println("  Restore Complete.");
        io.println("");
        io.println("  " + report.succeeded() + " of " + report.objects().size()
                + " objects have been restored from partition " + name);
        io.println("  on slot " + backupSlot + ".");
        report.firstError().ifPresent(e -> {
            throw e;
        });
    }
}
