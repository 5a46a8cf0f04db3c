package dev.dhsm.client.lunacm;

/**
 * {@code hagroup removestandby {-slot <n> | -serialnumber <sn>} -group <label>}: a standby member of the group
 * becomes an active member again.
 */
final class HagroupRemoveStandbyCommand implements LunacmCommand {

    private static final CommandSpec SPEC = CommandSpec.of("hagroup", "removestandby",
            "Make a standby HA group member active again", HaGroups.SLOT, HaGroups.SERIAL, HaGroups.GROUP);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void run(CommandContext ctx, Args args) {
        HagroupAddStandbyCommand.standby(ctx, args, false);
    }
}
