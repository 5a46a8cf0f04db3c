package dev.dhsm.appliance.lunash;

/**
 * One lunash command: parse already done, it makes its model call(s), prints its output and returns
 * normally on success; a refusal is thrown as {@link dev.dhsm.model.LunaException}.
 */
public interface LunashCommand {
    CommandSpec spec();

    void run(CommandContext ctx, Args args);
}
