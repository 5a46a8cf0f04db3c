package dev.dhsm.client.exchange;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One run of the client certificate exchange with an appliance ({@code clientconfig deploy}), as the registration
 * flow does it by hand: which appliance and admin account, the client's name, the partition to assign, how the
 * appliance should know the client (IP or host name), and where the client keeps its files.
 *
 * @param server         the appliance's address
 * @param sshPort        its SSH port (22 on a real appliance)
 * @param user           the appliance admin account ({@code admin}, {@code tenantadmin} on Azure)
 * @param password       that account's password
 * @param clientName     the client's name: its certificate CN and its registration name
 * @param partition      the partition to assign to the client
 * @param clientHost     the address or name to register; empty to use the address the SSH connection comes from
 * @param byHostname     register with {@code -hostname} instead of {@code -ip}
 * @param ntlsPort       the appliance's NTLS port written to {@code ServerPortNN} (1792)
 * @param confFile       the {@code Chrystoki.conf} to write or extend
 * @param clientHome     the client's directory: {@code cert/client/} and {@code cert/server/} live under it
 * @param regenerate     make a new client key and certificate even if they exist
 */
public record DeployRequest(String server, int sshPort, String user, String password, String clientName,
                            String partition, String clientHost, boolean byHostname, int ntlsPort, Path confFile,
                            Path clientHome, boolean regenerate) {

    public DeployRequest {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(clientName, "clientName");
        Objects.requireNonNull(partition, "partition");
        Objects.requireNonNull(clientHost, "clientHost");
        Objects.requireNonNull(confFile, "confFile");
        Objects.requireNonNull(clientHome, "clientHome");
        if (!clientName.matches("[A-Za-z0-9_.-]{1,64}")) {
            throw new IllegalArgumentException("client names are 1 to 64 letters, digits, '_', '.', '-'");
        }
    }
}
