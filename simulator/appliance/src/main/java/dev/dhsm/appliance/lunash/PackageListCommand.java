package dev.dhsm.appliance.lunash;

import dev.dhsm.model.InstalledPackage;
import java.util.List;

/** {@code package list}: the installed packages, system and appliance software sections. */
final class PackageListCommand implements LunashCommand {
    private static final CommandSpec SPEC = CommandSpec.of("package", "list", "List the installed packages");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void run(CommandContext ctx, Args args) {
        List<InstalledPackage> packages = ctx.appliance().transact(tx -> tx.packages().list());
        ShellIO io = ctx.io();
        io.println("");
        section(io, packages, InstalledPackage.SYSTEM);
        io.println("");
        section(io, packages, InstalledPackage.SOFTWARE);
    }

    private static void section(ShellIO io, List<InstalledPackage> packages, String section) {
        String title = "RPM LIST (" + section + ")";
        io.println(title);
        io.println("-".repeat(title.length()));
        for (InstalledPackage p : packages) {
            if (p.section().equals(section)) {
                io.println(p.displayName());
            }
        }
    }
}
