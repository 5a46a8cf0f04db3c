package dev.dhsm.conformance.driver;

import dev.dhsm.conformance.target.Account;
import dev.dhsm.conformance.target.LunashSession;
import java.net.InetSocketAddress;
import java.time.Duration;
import org.apache.sshd.client.SshClient;

/**
 * The appliance's SSH service as a client sees it: one MINA {@link SshClient} shared by every shell a target
 * opens to one address, closed with the target. Host keys are accepted as presented (the emulator makes a new
 * one each run; a real-device target will pin its key here).
 */
public final class SshEndpoint implements AutoCloseable {
    private final InetSocketAddress address;
    private final Duration timeout;
    private final SshClient client;

    public SshEndpoint(InetSocketAddress address, Duration timeout) {
        this.address = address;
        this.timeout = timeout;
        this.client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier((session, remote, key) -> true);
        client.start();
    }

    public InetSocketAddress address() {
        return address;
    }

    /** Logs in to lunash as {@code who}; see {@link SshLunashDriver}. */
    public LunashSession openShell(Account who) {
        return SshLunashDriver.open(client, address, who, timeout);
    }

    @Override
    public void close() {
        client.stop();
    }
}
