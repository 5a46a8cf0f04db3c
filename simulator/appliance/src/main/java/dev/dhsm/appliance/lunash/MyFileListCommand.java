package dev.dhsm.appliance.lunash;

import java.util.List;

/** {@code my file list}: the files in the caller's file area (what scp put there). */
final class MyFileListCommand implements LunashCommand {
    private static final CommandSpec SPEC = CommandSpec.of("my", "file list", "List the files in your file area");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void run(CommandContext ctx, Args args) {
        String account = ctx.session().account();
        List<String> names = ctx.appliance().files().list(account);
        ShellIO io = ctx.io();
        io.println("");
        if (names.isEmpty()) {
            io.println("   There are no files.");
            return;
        }
        for (String name : names) {
            int size = ctx.appliance().files().read(account, name).map(b -> b.length).orElse(0);
            io.println(String.format("%12d %s", size, name));
        }
    }
}
