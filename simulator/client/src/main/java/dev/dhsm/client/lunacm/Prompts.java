package dev.dhsm.client.lunacm;

import dev.dhsm.client.LunaClientException;
import dev.dhsm.wire.pkcs11.Ckr;

/**
 * LunaCM's questions: a password (masked), a new password typed twice, and the {@code proceed} confirmation of
 * destructive commands. An option given on the command line answers the question; {@code -force} skips the
 * confirmation. Anything abandoned (end of input, a mismatch, not {@code proceed}) ends the command with
 * {@code CKR_CANCEL}.
 */
final class Prompts {

    static final String PROCEED = "  Type 'proceed' to continue, or 'quit' to quit now ->";

    private Prompts() {
    }

    /** The value of {@code option}, or the password typed at {@code prompt}. */
    static String password(CommandContext ctx, Args args, String option, String prompt) {
        if (args.has(option)) {
            return args.get(option);
        }
        ctx.io().println("");
        String typed = ctx.io().readSecret("  " + prompt + ": ");
        if (typed == null) {
            throw cancelled(ctx, "No password was entered.");
        }
        return typed;
    }

    /** The value of {@code option}, or a new password typed twice at {@code prompt} / {@code again}. */
    static String newPassword(CommandContext ctx, Args args, String option, String prompt, String again) {
        if (args.has(option)) {
            return args.get(option);
        }
        String first = password(ctx, args, option, prompt);
        ctx.io().println("");
        String second = ctx.io().readSecret("  " + again + ": ");
        if (second == null || !second.equals(first)) {
            throw cancelled(ctx, "The passwords entered do not match.");
        }
        return first;
    }

    /** Explains, then asks for {@code proceed} unless {@code -force} was given. */
    static void proceed(CommandContext ctx, Args args, String... explanation) {
        if (args.has("force")) {
            return;
        }
        ShellIO io = ctx.io();
        io.println("");
        for (String line : explanation) {
            io.println(line.isEmpty() ? "" : "  " + line);
        }
        io.println("");
        io.println("  Are you sure you wish to continue?");
        io.println("");
        String answer = io.readLine(PROCEED);
        if (answer == null || !answer.trim().equalsIgnoreCase("proceed")) {
            throw cancelled(ctx, "Command aborted.");
        }
    }

    private static LunaClientException cancelled(CommandContext ctx, String why) {
        ctx.io().println("");
        ctx.io().println("  " + why);
        return new LunaClientException(Ckr.CANCEL, why);
    }
}
