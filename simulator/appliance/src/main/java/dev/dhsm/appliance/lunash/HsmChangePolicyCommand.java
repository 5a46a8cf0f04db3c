package dev.dhsm.appliance.lunash;

import dev.dhsm.model.HsmPolicy;

/**
 * {@code hsm changePolicy -policy <code> -value <value>}: the HSM SO changes a policy; changing a
 * destructive one erases every partition, after the {@code proceed} confirmation.
 */
final class HsmChangePolicyCommand implements LunashCommand {
    private static final CommandSpec SPEC = CommandSpec.of("hsm", "changePolicy", "Change an HSM policy",
            OptionSpec.required("policy", "p"), OptionSpec.required("value", "v"), OptionSpec.flag("force", "f"));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void run(CommandContext ctx, Args args) {
        int code = args.integer("policy");
        int value = args.integer("value");
        HsmPolicy policy = ctx.appliance().transact(tx -> tx.hsm().policyForChange(ctx.session(), code, value));
        int current = ctx.appliance().transact(tx -> tx.hsm().policies().stream()
                .filter(p -> p.policy() == policy).findFirst().orElseThrow().value());
        if (policy.destructive() && current != value) {
            Confirmation.requireWithPrompt(ctx, args, "> ",
                    "CAUTION:  Are you sure you wish to change the destructive policy named:",
                    "          " + policy.displayName(),
                    "Changing this policy will result in erasing all partitions on the HSM.",
                    "Type 'proceed' to erase all partitions or 'quit' to quit now.");
        }
        ctx.appliance().run(tx -> tx.hsm().changePolicy(ctx.session(), code, value));
        Replies.successful(ctx.io(), SPEC.displayName());
        ctx.io().println("Policy " + policy.displayName() + " is now set to value: " + value);
    }
}
