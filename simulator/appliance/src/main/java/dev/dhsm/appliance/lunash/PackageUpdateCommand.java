package dev.dhsm.appliance.lunash;

import dev.dhsm.model.InstalledPackage;

/**
 * {@code package update <file>.spkg -authcode <code>}: installs a package the user copied to the
 * account's file area with scp (such as the KB0019789 reboot patch).
 */
final class PackageUpdateCommand implements LunashCommand {
    private static final CommandSpec SPEC = CommandSpec.of("package", "update",
            "Install a software package from the file area", OptionSpec.value("file"),
            OptionSpec.value("authcode", "a")).withPositional("file");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void run(CommandContext ctx, Args args) {
        String file = args.positional().or(() -> args.value("file"))
                .orElseThrow(() -> new UsageException("Missing the package file name."));
        String authcode = args.value("authcode").orElse(null);
        ShellIO io = ctx.io();
        io.println("");
        io.println("Step 1/2: Verifying the package " + file + " ...");
        InstalledPackage installed = ctx.appliance().transact(tx -> tx.packages().update(ctx.session(), file,
                authcode));
        io.println("Step 2/2: Installing " + installed.displayName() + " ...");
        io.println("");
        io.println("SOFTWARE UPDATE COMPLETED!");
        io.println("");
        Replies.successful(io, SPEC.displayName());
    }
}
