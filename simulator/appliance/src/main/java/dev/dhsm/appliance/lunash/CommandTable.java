package dev.dhsm.appliance.lunash;

import java.util.List;
import java.util.Optional;

/** The lunash command words, how abbreviations resolve, and how one line is run and reported. */
final class CommandTable {
    static CommandTable standard() {
        return new CommandTable();
    }

    boolean isExit(String line) {
        String t = line.trim().toLowerCase(java.util.Locale.ROOT);
        return t.equals("exit") || t.equals("logout") || t.equals("quit");
    }

    CommandResult execute(CommandContext ctx, String line) {
        ctx.io().println("Error:  Unknown command. Use 'help' for a list of commands.");
        ctx.io().println("");
        ctx.io().println(CommandResult.SHELL_FAILURE.line());
        return CommandResult.SHELL_FAILURE;
    }

    List<String> complete(List<String> typedWords, String partial) {
        return List.of();
    }

    Optional<String> resolveName(String line) {
        return Optional.empty();
    }
}
