package dev.dhsm.appliance.lunash;

import dev.dhsm.model.LunaError;
import dev.dhsm.model.LunaException;

/** {@code my file delete -file <name>}: removes one file from the caller's file area. */
final class MyFileDeleteCommand implements LunashCommand {
    private static final CommandSpec SPEC = CommandSpec.of("my", "file delete", "Delete a file from your file area",
            OptionSpec.required("file", "f"));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void run(CommandContext ctx, Args args) {
        String account = ctx.session().account();
        String name = args.get("file");
        if (ctx.appliance().files().read(account, name).isEmpty()) {
            throw LunaException.withDetail(LunaError.RC_FILE_ERROR, "The file " + name + " does not exist.");
        }
        ctx.appliance().files().delete(account, name);
        Replies.successful(ctx.io(), SPEC.displayName());
    }
}
