package dev.dhsm.client.lunacm;

/**
 * One LunaCM command: the line is already parsed; it makes its client-library call(s), prints its output and
 * returns normally on success. A refusal is thrown as {@link dev.dhsm.client.LunaClientException}.
 */
public interface LunacmCommand {

    CommandSpec spec();

    void run(CommandContext ctx, Args args);
}
