package dev.dhsm.client.lunacm;

import java.util.List;

/** The LunaCM 7.2 commands this client implements, in {@code help} order. */
final class StandardCommands {

    private StandardCommands() {
    }

    static CommandTable table() {
        CommandTable[] holder = new CommandTable[1];
        holder[0] = new CommandTable(List.of(
                new ClientConfigDeployCommand(),
                new HagroupAddMemberCommand(), new HagroupCreateGroupCommand(), new HagroupDeleteGroupCommand(),
                new HagroupHaOnlyCommand(), new HagroupIntervalCommand(), new HagroupListGroupsCommand(),
                new HagroupRecoverCommand(), new HagroupRemoveMemberCommand(), new HagroupRetryCommand(),
                new HagroupSynchronizeCommand(),
                new HelpCommand(() -> holder[0]),
                new PartitionArchiveBackupCommand(), new PartitionArchiveDeleteCommand(),
                new PartitionArchiveListCommand(), new PartitionArchiveRestoreCommand(),
                new PartitionChangePolicyCommand(), new PartitionContentsCommand(), new PartitionInitCommand(),
                new PartitionShowCommand(), new PartitionShowPoliciesCommand(),
                new RoleChangePwCommand(), new RoleInitCommand(), new RoleLoginCommand(), new RoleLogoutCommand(),
                new RoleResetPwCommand(), new RoleShowCommand(),
                new SlotListCommand(), new SlotSetCommand()));
        return holder[0];
    }
}
