package dev.dhsm.conformance.target.file;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A target file as read (see {@code docs/check.md}): what the suite tests and how it reaches it. Secrets are never
 * in it; the file names the environment variables that hold them. Sections a kind does not use stay empty.
 *
 * @param kind       emulator, remote-emulator or appliance
 * @param name       a label for reports; defaults to the file's name
 * @param disposable the device may lose its key material and configuration (needed for {@code @destructive})
 * @param control    the emulator's control API (remote-emulator)
 * @param ssh        where lunash answers and the admin account (appliance)
 * @param ntlsPort   the appliance's NTLS port (1792 on a real appliance)
 * @param lunacm     the real {@code lunacm} binary and its {@code Chrystoki.conf} (appliance)
 * @param partitions the partitions scenarios may touch on a real appliance
 * @param expect     what the team intends the device's settings to be, for the go-live checks
 * @param arm        an Azure Resource Manager endpoint, subscription and resource group
 * @param source     the file it came from
 */
public record TargetFile(TargetKind kind, String name, boolean disposable, Optional<ControlSection> control,
        Optional<SshSection> ssh, int ntlsPort, Optional<LunacmSection> lunacm, List<String> partitions,
        Expectations expect, Optional<ArmSection> arm, Path source) {

    public TargetFile {
        partitions = List.copyOf(partitions);
    }

    /** The in-process emulator, as {@code -Ddhsm.target=emulator} has always meant. */
    public static TargetFile emulator() {
        return new TargetFile(TargetKind.EMULATOR, "emulator", true, Optional.empty(), Optional.empty(), 1792,
                Optional.empty(), List.of(), Expectations.defaults(), Optional.empty(), Path.of("(built in)"));
    }

    /** The control API of a {@code dhsm serve}: its base URL, the CA that signed its certificate, the appliance. */
    public record ControlSection(String url, Path caFile, Optional<String> appliance, Optional<String> host) {
    }

    /** lunash over SSH: host, port, the admin-level account and the variables holding its and the Auditor's passwords. */
    public record SshSection(String host, int port, String account, String passwordEnv,
            Optional<String> auditorPasswordEnv) {
    }

    /** The real LunaCM: the binary and the client configuration it runs with. */
    public record LunacmSection(Path binary, Path chrystokiConf) {
    }

    /**
     * The settings the team intends (FM-16, FM-20): HSM policy 15 (SO reset of partition PIN), the CO lockout
     * threshold, and how many days the NTLS certificate must still be valid for.
     */
    public record Expectations(int policy15, int coLockoutThreshold, int minCertificateDays) {
        public static Expectations defaults() {
            return new Expectations(0, 10, 30);
        }
    }

    /**
     * An ARM endpoint: where, the subscription, tenant and region, where the bearer token comes from, and the names
     * of the customer's Dedicated HSM network (resource group, VNet, HSM subnet, gateway and their address ranges)
     * for the read-only subscription checks.
     */
    public record ArmSection(String endpoint, String subscription, String resourceGroup, Optional<String> tokenEnv,
            boolean tokenFromAzCli, Optional<String> tenant, Optional<String> location, Optional<String> virtualNetwork,
            Optional<String> hsmSubnet, Optional<String> gateway, Optional<String> addressSpace,
            Optional<String> hsmSubnetRange) {
    }
}
