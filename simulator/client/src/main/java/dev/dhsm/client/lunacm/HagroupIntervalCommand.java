package dev.dhsm.client.lunacm;

import dev.dhsm.client.ha.HaSettings;
import java.time.Duration;

/** {@code hagroup interval -interval <seconds>} (or {@code -seconds}): the auto recovery poll interval, 60 to 1200 s. */
final class HagroupIntervalCommand implements LunacmCommand {

    private static final CommandSpec SPEC = CommandSpec.of("hagroup", "interval",
            "Set the HA auto recovery poll interval", OptionSpec.required("interval", "i", "seconds", "s"));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void run(CommandContext ctx, Args args) {
        long seconds = args.requiredNumber("interval");
        if (seconds < HaSettings.MIN_INTERVAL_SECONDS || seconds > HaSettings.MAX_INTERVAL_SECONDS) {
            throw new UsageException("The interval must be " + HaSettings.MIN_INTERVAL_SECONDS + " to "
                    + HaSettings.MAX_INTERVAL_SECONDS + " seconds.");
        }
        HaGroups.changeSettings(ctx, s -> s.withInterval(Duration.ofSeconds(seconds)));
        ctx.io().println("");
        ctx.io().println("  HA Auto Recovery Interval has been set to " + seconds + " seconds");
    }
}
