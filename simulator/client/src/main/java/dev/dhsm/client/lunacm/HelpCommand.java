package dev.dhsm.client.lunacm;

import java.util.function.Supplier;

/** {@code help}: every LunaCM command this client implements, with its syntax and summary. */
final class HelpCommand implements LunacmCommand {

    private static final CommandSpec SPEC = CommandSpec.of("help", null, "Show the commands");

    private final Supplier<CommandTable> table;

    HelpCommand(Supplier<CommandTable> table) {
        this.table = table;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void run(CommandContext ctx, Args args) {
        ShellIO io = ctx.io();
        io.println("");
        io.println("  Commands:");
        for (LunacmCommand command : table.get().commands()) {
            io.println("");
            io.println("  " + command.spec().syntax());
            io.println("      " + command.spec().summary());
        }
        io.println("");
        io.println("  exit");
        io.println("      Leave lunacm");
        io.println("");
        io.println("  Words and options may be abbreviated as long as they stay unambiguous.");
    }
}
