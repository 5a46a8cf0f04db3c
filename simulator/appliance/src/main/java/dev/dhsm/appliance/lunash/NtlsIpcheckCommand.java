package dev.dhsm.appliance.lunash;

import java.util.Locale;

/** {@code ntls ipcheck enable|disable}: turns NTLS client source-IP validation on or off. */
final class NtlsIpcheckCommand implements LunashCommand {
    private static final CommandSpec SPEC = CommandSpec.of("ntls", "ipcheck",
            "Enable or disable client source IP validation").withPositional("enable|disable");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void run(CommandContext ctx, Args args) {
        String what = args.positional().orElseThrow(() -> new UsageException("Give 'enable' or 'disable'."))
                .toLowerCase(Locale.ROOT);
        boolean on;
        if ("enable".startsWith(what)) {
            on = true;
        } else if ("disable".startsWith(what)) {
            on = false;
        } else {
            throw new UsageException("Give 'enable' or 'disable', not '" + what + "'.");
        }
        boolean before = ctx.appliance().transact(tx -> tx.ntls().ipCheck());
        ctx.appliance().run(tx -> tx.ntls().setIpCheck(on));
        ctx.io().println("");
        ctx.io().println("NTLS client source IP validation " + (before == on ? "is already " : "")
                + (on ? "enabled" : "disabled") + ".");
    }
}
