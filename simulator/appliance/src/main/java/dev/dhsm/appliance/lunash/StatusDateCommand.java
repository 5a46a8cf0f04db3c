package dev.dhsm.appliance.lunash;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** {@code status date}: the appliance's date and time (its clock, which the emulator can move). */
final class StatusDateCommand implements LunashCommand {
    private static final CommandSpec SPEC = CommandSpec.of("status", "date", "Show the appliance date and time");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss z yyyy",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void run(CommandContext ctx, Args args) {
        ctx.io().println("");
        ctx.io().println(DATE.format(ctx.appliance().clock().now()));
    }
}
