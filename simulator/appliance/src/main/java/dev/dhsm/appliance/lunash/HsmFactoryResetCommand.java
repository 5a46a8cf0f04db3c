package dev.dhsm.appliance.lunash;

/**
 * {@code hsm factoryReset}: returns the HSM to its factory state (SO, auditor, partitions and objects gone,
 * policies back to their defaults). Runs only on the local serial console; refused over SSH.
 */
final class HsmFactoryResetCommand implements LunashCommand {
    private static final CommandSpec SPEC = CommandSpec.of("hsm", "factoryReset",
            "Reset the HSM to factory defaults (serial console only)", OptionSpec.flag("force", "f"));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void run(CommandContext ctx, Args args) {
        ctx.appliance().run(tx -> tx.hsm().checkFactoryReset(ctx.session()));
        Confirmation.require(ctx, args, "",
                "CAUTION:  Are you sure you wish to reset this HSM to factory default settings?",
                "          All partitions, objects, the HSM Administrator, the Auditor",
                "          and all HSM policy settings will be lost.",
                "          Type 'proceed' to continue, or 'quit' to quit now.");
        ctx.appliance().run(tx -> tx.hsm().factoryReset(ctx.session()));
        Replies.successful(ctx.io(), SPEC.displayName());
    }
}
