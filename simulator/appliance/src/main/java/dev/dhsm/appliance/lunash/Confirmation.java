package dev.dhsm.appliance.lunash;

import dev.dhsm.model.LunaError;
import dev.dhsm.model.LunaException;

/**
 * The appliance's guard on destructive commands: explain, then ask the user to type {@code proceed}
 * (anything else aborts). {@code -force} skips the question.
 */
final class Confirmation {
    static final String PROMPT = "          > ";

    private Confirmation() {
    }

    /** Asks for {@code proceed} unless {@code -force} was given; throws the cancel error otherwise. */
    static void require(CommandContext ctx, Args args, String... explanation) {
        requireWithPrompt(ctx, args, PROMPT, explanation);
    }

    /** As {@link #require}, with the command's own prompt text. */
    static void requireWithPrompt(CommandContext ctx, Args args, String prompt, String... explanation) {
        if (args.has("force")) {
            return;
        }
        for (String line : explanation) {
            ctx.io().println(line);
        }
        String answer = ctx.io().readLine(prompt);
        if (answer == null || !answer.trim().equalsIgnoreCase("proceed")) {
            throw LunaException.withLead(LunaError.CANCEL, "Command aborted: 'proceed' was not entered.");
        }
    }
}
