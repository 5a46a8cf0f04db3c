package dev.dhsm.client.lunacm;

import dev.dhsm.client.Session;
import dev.dhsm.client.Slot;
import dev.dhsm.wire.message.PolicyValue;
import java.util.Set;

/**
 * {@code partition changepolicy -policy <n> -value <v> [-force]}: the Partition SO changes one policy. Turning on a
 * policy that is destructive off-to-on (0 private key cloning, 1 private key wrapping, 4 secret key cloning) asks for
 * {@code proceed} first, since the appliance then erases the partition's objects.
 */
final class PartitionChangePolicyCommand implements LunacmCommand {

    /** The partition policies whose change from 0 to 1 erases the partition's objects (reference §4.2). */
    static final Set<Long> DESTRUCTIVE_OFF_TO_ON = Set.of(0L, 1L, 4L);

    private static final CommandSpec SPEC = CommandSpec.of("partition", "changepolicy",
            "Change a partition policy", OptionSpec.required("policy", "p"), OptionSpec.required("value", "v"),
            OptionSpec.value("slot", "s"), OptionSpec.flag("force", "f"));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void run(CommandContext ctx, Args args) {
        long code = args.requiredNumber("policy");
        long value = args.requiredNumber("value");
        Slot slot = SlotChoice.partition(ctx, args);
        Session session = ctx.state().session(slot.slotId());
        if (DESTRUCTIVE_OFF_TO_ON.contains(code) && value == 1 && currentValue(session, code) == 0) {
            Prompts.proceed(ctx, args, "You are about to change a destructive partition policy.",
                    "All contents of the partition will be destroyed.");
        }
        session.setPolicy(code, value);
    }

    private static long currentValue(Session session, long code) {
        return session.policies().stream().filter(p -> p.code() == code).mapToLong(PolicyValue::value)
                .findFirst().orElse(-1);
    }
}
