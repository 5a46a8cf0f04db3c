package dev.dhsm.appliance.lunash;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The lunash commands of appliance software 7.2 that the emulator implements, with their group summaries. */
final class StandardCommands {
    private StandardCommands() {
    }

    static CommandTable table(dev.dhsm.model.CertificateIssuer issuer) {
        CommandTable[] holder = new CommandTable[1];
        List<LunashCommand> commands = new ArrayList<>(List.of(
                new HelpCommand(() -> holder[0]),
                new AuditLoginCommand(), new AuditLogoutCommand(),
                new ClientRegisterCommand(), new ClientListCommand(), new ClientShowCommand(),
                new ClientDeleteCommand(), new ClientFingerprintCommand(), new ClientAssignPartitionCommand(),
                new ClientRevokePartitionCommand(),
                new HsmShowCommand(), new HsmLoginCommand(), new HsmLogoutCommand(), new HsmInitCommand(),
                new HsmZeroizeCommand(), new HsmFactoryResetCommand(), new HsmShowPoliciesCommand(),
                new HsmChangePolicyCommand(),
                new MyFileListCommand(), new MyFileDeleteCommand(),
                new NetworkShowCommand(), new NetworkInterfaceStaticCommand(), new NetworkInterfaceDhcpCommand(),
                new NetworkRouteAddCommand(), new NetworkRouteDeleteCommand(), new NetworkRouteShowCommand(),
                new NtlsShowCommand(), new NtlsIpcheckCommand(),
                new PackageListCommand(), new PackageUpdateCommand(),
                new PartitionCreateCommand(), new PartitionDeleteCommand(), new PartitionListCommand(),
                new PartitionShowCommand(),
                new ServiceRestartCommand(), new ServiceStatusCommand(),
                new StatusDateCommand(),
                new SysconfRegenCertCommand(issuer), new SysconfApplianceRebootCommand(),
                new SyslogTailCommand(),
                new UserListCommand()));
        Map<String, String> groups = new LinkedHashMap<>();
        groups.put("audit", "> Audit (HSM Auditor role)");
        groups.put("client", "> Client");
        groups.put("help", "Get help");
        groups.put("hsm", "> HSM");
        groups.put("my", "> My settings and files");
        groups.put("network", "> Network");
        groups.put("ntls", "> NTLS");
        groups.put("package", "> Package");
        groups.put("partition", "> Partition");
        groups.put("service", "> Service");
        groups.put("status", "> Status");
        groups.put("syslog", "> Syslog");
        groups.put("sysconf", "> System Configuration");
        groups.put("user", "> User");
        holder[0] = new CommandTable(commands, groups);
        return holder[0];
    }
}
