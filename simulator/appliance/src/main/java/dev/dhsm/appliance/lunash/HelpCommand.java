package dev.dhsm.appliance.lunash;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/** {@code help} or {@code ?}: the command groups, or with a group name its commands and their syntax. */
final class HelpCommand implements LunashCommand {
    private static final CommandSpec SPEC = new CommandSpec("help", null, List.of(), "group",
            "Show the available commands");

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
        CommandTable t = table.get();
        io.println("");
        if (args.positional().isEmpty()) {
            io.println("The following commands are available:");
            io.println("");
            io.println(String.format("  %-14s%s", "Name", "Short   Description"));
            io.println(String.format("  %-14s%s", "----", "-----   -----------"));
            for (Map.Entry<String, String> g : t.groupSummaries().entrySet()) {
                io.println(String.format("  %-14s%-8s%s", g.getKey(), g.getKey().substring(0, Math.min(3,
                        g.getKey().length())), g.getValue()));
            }
            io.println(String.format("  %-14s%-8s%s", "exit", "", "Exit the shell"));
            return;
        }
        String group = args.positional().get().toLowerCase(Locale.ROOT);
        boolean any = false;
        for (LunashCommand c : t.commands()) {
            if (c.spec().group().toLowerCase(Locale.ROOT).startsWith(group) && c.spec().verb() != null) {
                io.println(String.format("  %-48s %s", c.spec().syntax(), c.spec().summary()));
                any = true;
            }
        }
        if (!any) {
            throw new UsageException("No help for '" + args.positional().get() + "'. Use 'help' for a list of commands.");
        }
    }
}
