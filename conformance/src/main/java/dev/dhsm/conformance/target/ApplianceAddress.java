package dev.dhsm.conformance.target;

/**
 * Where a client reaches the appliance: its address, its SSH port (22 on a real appliance) and its NTLS port (TCP
 * 1792, fixed on a real appliance; tests bind any free port).
 */
public record ApplianceAddress(String host, int sshPort, int ntlsPort) {
    public static final int SSH_PORT = 22;
    public static final int NTLS_PORT = 1792;

    /** The LunaCM {@code clientconfig deploy} options naming this appliance; the standard ports are left out. */
    public String deployOptions() {
        return "-server " + host + (sshPort == SSH_PORT ? "" : " -sshport " + sshPort)
                + (ntlsPort == NTLS_PORT ? "" : " -ntlsport " + ntlsPort);
    }
}
