package dev.dhsm.client.exchange;

import dev.dhsm.client.LunaClientException;
import dev.dhsm.client.ReturnCodes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.EnumSet;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.scp.client.ScpClient;
import org.apache.sshd.scp.client.ScpClientCreator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The appliance's admin account over SSH, as the registration flow uses it from a client host: {@code scp} of
 * {@code server.pem} down and the client certificate up, and one lunash command per connection (the appliance
 * runs one lunash session per SSH connection). The appliance's host key is accepted without a known-hosts check.
 */
final class ApplianceSsh implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ApplianceSsh.class);

    private static final EnumSet<PosixFilePermission> UPLOAD_MODE =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    private final SshClient client;
    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final Duration timeout;

    ApplianceSsh(String host, int port, String user, String password, Duration timeout) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
        this.timeout = timeout;
        this.client = SshClient.setUpDefaultClient();
        // Accepted as the real client's deploy does; the fingerprint is logged at debug, not warned per connection.
        client.setServerKeyVerifier((session, remote, key) -> {
            LOG.debug("appliance {} presented SSH host key {}", remote, KeyUtils.getFingerPrint(key));
            return true;
        });
        CoreModuleProperties.TCP_NODELAY.set(client, Boolean.TRUE);
        client.start();
    }

    /** Downloads a file of the account's home ({@code scp user@host:file .}). */
    byte[] download(String file) {
        try (ClientSession session = login()) {
            return scp(session).downloadBytes(file);
        } catch (IOException e) {
            throw failure("scp of " + file + " from " + host + " failed", e);
        }
    }

    /** Uploads a file to the account's home ({@code scp file user@host:}). */
    void upload(byte[] content, String file) {
        try (ClientSession session = login()) {
            scp(session).upload(content, file, UPLOAD_MODE, null);
        } catch (IOException e) {
            throw failure("scp of " + file + " to " + host + " failed", e);
        }
    }

    /** Runs one lunash command ({@code ssh user@host <command>}) and answers what it printed. */
    LunashReply run(String command) {
        try (ClientSession session = login(); ChannelExec exec = session.createExecChannel(command)) {
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            exec.setOut(output);
            exec.setErr(output);
            exec.open().verify(timeout);
            exec.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), timeout);
            return new LunashReply(command, output.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw failure("'" + command + "' on " + host + " failed", e);
        }
    }

    /** The client address the appliance sees this host connect from. */
    String localAddress() {
        try (ClientSession session = login()) {
            SocketAddress local = session.getIoSession().getLocalAddress();
            if (local instanceof InetSocketAddress inet && inet.getAddress() != null) {
                return inet.getAddress().getHostAddress();
            }
            return String.valueOf(local);
        } catch (IOException e) {
            throw failure("cannot connect to " + host, e);
        }
    }

    private ClientSession login() throws IOException {
        ClientSession session;
        try {
            session = client.connect(user, host, port).verify(timeout).getSession();
        } catch (IOException e) {
            throw new LunaClientException(ReturnCodes.RC_SOCKET_ERROR, "cannot reach " + host + ":" + port
                    + " over SSH: " + e.getMessage(), e);
        }
        try {
            session.addPasswordIdentity(password);
            session.auth().verify(timeout);
            return session;
        } catch (IOException e) {
            session.close();
            throw new LunaClientException(ReturnCodes.RC_GENERAL_ERROR, "SSH login to " + host + " as " + user
                    + " failed: " + e.getMessage(), e);
        }
    }

    private static ScpClient scp(ClientSession session) {
        return ScpClientCreator.instance().createScpClient(session);
    }

    private static LunaClientException failure(String message, IOException e) {
        return new LunaClientException(ReturnCodes.RC_GENERAL_ERROR, message + ": " + e.getMessage(), e);
    }

    @Override
    public void close() {
        client.stop();
    }
}
