package dev.dhsm.appliance.lunash;

import dev.dhsm.model.RebootOutcome;

/**
 * {@code sysconf appliance reboot}: reboots the appliance after {@code proceed}; every session drops. Without
 * the KB0019789 package a reboot can hang, and the appliance then stops answering.
 */
final class SysconfApplianceRebootCommand implements LunashCommand {
    private static final CommandSpec SPEC = CommandSpec.of("sysconf", "appliance reboot", "Reboot the appliance",
            OptionSpec.flag("force", "f"));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void run(CommandContext ctx, Args args) {
        Confirmation.require(ctx, args, "",
                "WARNING:  The appliance will reboot. All sessions and NTLS clients will be disconnected.",
                "          Type 'proceed' to reboot, or 'quit' to quit now.");
        ctx.io().println("");
        ctx.io().println("The system is going down for reboot NOW!");
        ctx.io().println("Reboot commencing");
        ctx.io().flush();
        RebootOutcome outcome = ctx.appliance().transact(tx -> tx.system().reboot());
        if (outcome == RebootOutcome.HUNG) {
            org.slf4j.LoggerFactory.getLogger(SysconfApplianceRebootCommand.class)
                    .info("appliance {} hung during reboot", ctx.appliance().id());
        }
    }
}
