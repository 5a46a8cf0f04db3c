package dev.dhsm.client.lunacm;

import dev.dhsm.client.Slot;

/**
 * {@code partition init -label <l> [-domain <d> | -defaultdomain] [-password <p>] [-force]}: the Partition SO
 * initializes the current slot's partition (appliance 7.2 does this from the client), with the exchange of reference
 * §2.7: the PO password twice, the domain twice unless given, then {@code proceed}.
 */
final class PartitionInitCommand implements LunacmCommand {

    /** The domain string {@code -defaultdomain} stands for (as {@code hsm init -defaultdomain} on the appliance). */
    static final String DEFAULT_DOMAIN = "defaultdomain";

    private static final CommandSpec SPEC = CommandSpec.of("partition", "init", "Initialize the partition",
            OptionSpec.required("label", "l"), OptionSpec.value("domain", "d"), OptionSpec.flag("defaultdomain"),
            OptionSpec.value("password", "pw"), OptionSpec.flag("force", "f"));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void run(CommandContext ctx, Args args) {
        if (args.has("domain") && args.has("defaultdomain")) {
            throw new UsageException("Options -domain and -defaultdomain cannot be used together.");
        }
        Slot slot = ctx.state().partitionSlot();
        String label = args.get("label");
        String soPin = Prompts.newPassword(ctx, args, "password", "Enter password for Partition SO",
                "Re-enter password for Partition SO");
        String domain = args.has("defaultdomain") ? DEFAULT_DOMAIN
                : Prompts.newPassword(ctx, args, "domain", "Enter the domain name", "Re-enter the domain name");
        Prompts.proceed(ctx, args, "You are about to initialize the partition.",
                "All contents of the partition will be destroyed.");
        ctx.state().forget(slot.slotId());
        ctx.state().client().initToken(slot.slotId(), soPin, label, domain);
        ctx.state().refreshSlots();
    }
}
