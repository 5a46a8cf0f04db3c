package dev.dhsm.appliance.lunash;

import dev.dhsm.model.LunaException;
import java.util.List;

/**
 * How lunash reports the end of a command: the {@code '<cmd>' successful.} line, the
 * {@code Error:  '<cmd>' failed. (<HEX> : <NAME>)} block with its explanatory lines, usage errors, and the
 * closing {@code Command Result} line after two blank lines.
 */
final class Replies {
    private static final String ERROR = "Error:  ";
    private static final String INDENT = "        ";

    private Replies() {
    }

    static void successful(ShellIO io, String displayName) {
        io.println("'" + displayName + "' successful.");
    }

    static void failure(ShellIO io, String displayName, LunaException e) {
        errorLines(io, e.before());
        io.println(ERROR + "'" + displayName + "' failed. (" + e.error().hex() + " : " + e.error().symbol() + ")");
        if (!e.after().isEmpty()) {
            io.println("");
            errorLines(io, e.after());
        }
    }

    static void usage(ShellIO io, String message, CommandSpec spec) {
        io.println(ERROR + message);
        if (spec != null) {
            io.println(INDENT + "Syntax: " + spec.syntax());
        }
    }

    static void result(ShellIO io, CommandResult result) {
        io.println("");
        io.println("");
        io.println(result.line());
    }

    private static void errorLines(ShellIO io, List<String> lines) {
        boolean first = true;
        for (String line : lines) {
            io.println((first ? ERROR : INDENT) + line);
            first = false;
        }
    }
}
