package dev.dhsm.client.lunacm;

import dev.dhsm.client.ha.HaSettings;

/**
 * {@code hagroup retry -count <n>}: the automatic recovery retry count, -1 (no limit) to 500; 0, the default, turns
 * automatic recovery off, so a failed member stays out until {@code hagroup recover} (FM-22).
 */
final class HagroupRetryCommand implements LunacmCommand {

    private static final CommandSpec SPEC = CommandSpec.of("hagroup", "retry", "Set the HA auto recovery retry count",
            OptionSpec.required("count", "c"));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void run(CommandContext ctx, Args args) {
        long count = args.requiredNumber("count");
        if (count < HaSettings.UNLIMITED || count > HaSettings.MAX_RETRY_COUNT) {
            throw new UsageException("The retry count must be -1 (no limit) to " + HaSettings.MAX_RETRY_COUNT + ".");
        }
        HaGroups.changeSettings(ctx, s -> s.withRetryCount((int) count));
        ctx.io().println("");
        ctx.io().println("  HA Auto Recovery Count has been set to " + count);
    }
}
