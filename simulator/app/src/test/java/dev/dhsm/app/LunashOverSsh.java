package dev.dhsm.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.client.session.ClientSession.ClientSessionEvent;
import org.apache.sshd.common.io.nio2.Nio2ServiceFactoryFactory;
import org.apache.sshd.core.CoreModuleProperties;

/**
 * A lunash user over SSH as an application's test would be one, through MINA's SSH client: log in, change the
 * factory password when asked, type commands and read what they print up to the next prompt. Waits are
 * bounded; nothing sleeps.
 */
public final class LunashOverSsh implements AutoCloseable {
    public static final Duration WAIT = Duration.ofSeconds(20);
    public static final String PROMPT = "lunash:>";

    private final SshClient client;
    private final ClientSession session;
    private final ChannelShell shell;
    private final Screen screen = new Screen();

    private LunashOverSsh(SshClient client, ClientSession session, ChannelShell shell) {
        this.client = client;
        this.session = session;
        this.shell = shell;
    }

    /** Authenticates only (no shell); throws when the appliance refuses the connection or the password. */
    public static void login(InetSocketAddress address, String account, String password) throws IOException {
        SshClient client = client();
        try (ClientSession session = connect(client, address, account, password)) {
            session.isAuthenticated();
        } finally {
            client.stop();
        }
    }

    /** Logs in and opens the lunash shell (no pseudo-terminal: plain lines, prompts still printed). */
    public static LunashOverSsh open(InetSocketAddress address, String account, String password) throws IOException {
        SshClient client = client();
        try {
            ClientSession session = connect(client, address, account, password);
            ChannelShell shell = session.createShellChannel();
            shell.setUsePty(false);
            LunashOverSsh lunash = new LunashOverSsh(client, session, shell);
            shell.setOut(lunash.screen);
            shell.setErr(lunash.screen);
            shell.open().verify(WAIT);
            return lunash;
        } catch (IOException | RuntimeException e) {
            client.stop();
            throw e;
        }
    }

    /** Opens the shell with the factory password and changes it to {@code newPassword} as lunash demands. */
    public static LunashOverSsh firstLogin(InetSocketAddress address, String account, String newPassword)
            throws IOException {
        LunashOverSsh lunash = open(address, account, "PASSWORD");
        lunash.screen.await("New password: ");
        lunash.type(newPassword + "\n" + newPassword + "\n");
        lunash.screen.await(PROMPT);
        return lunash;
    }

    private static SshClient client() {
        SshClient client = SshClient.setUpDefaultClient();
        client.setIoServiceFactoryFactory(new Nio2ServiceFactoryFactory());
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        CoreModuleProperties.TCP_NODELAY.set(client, Boolean.TRUE);
        client.start();
        return client;
    }

    private static ClientSession connect(SshClient client, InetSocketAddress address, String account,
            String password) throws IOException {
        ClientSession session = client.connect(account, address).verify(WAIT).getSession();
        try {
            session.addPasswordIdentity(password);
            session.auth().verify(WAIT);
            return session;
        } catch (IOException | RuntimeException e) {
            session.close();
            throw e;
        }
    }

    /** Runs one command line and answers what it printed up to the next prompt. */
    public String run(String commandLine) throws IOException {
        type(commandLine + "\n");
        return screen.await(PROMPT);
    }

    public void type(String text) throws IOException {
        OutputStream keys = shell.getInvertedIn();
        keys.write(text.getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }

    /** Waits for {@code text} to appear after what was matched last; answers everything up to it. */
    public String await(String text) {
        return screen.await(text);
    }

    /** Waits until the appliance has closed the connection. */
    public void awaitClosed() {
        shell.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), WAIT);
        session.waitFor(EnumSet.of(ClientSessionEvent.CLOSED), WAIT);
        if (!session.isClosed()) {
            throw new AssertionError("the appliance kept the SSH connection open");
        }
    }

    @Override
    public void close() {
        try {
            shell.close(true);
            session.close(true);
        } finally {
            client.stop();
        }
    }

    /** What the shell printed, awaited a pattern at a time. */
    private static final class Screen extends OutputStream {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private int consumed;

        @Override
        public synchronized void write(int b) {
            bytes.write(b);
            notifyAll();
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            bytes.write(b, off, len);
            notifyAll();
        }

        synchronized String await(String text) {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (true) {
                String all = bytes.toString(StandardCharsets.UTF_8);
                int at = all.indexOf(text, consumed);
                if (at >= 0) {
                    String seen = all.substring(consumed, at + text.length());
                    consumed = at + text.length();
                    return seen;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("waited " + WAIT + " for \"" + text + "\"; the screen shows:\n"
                            + all.substring(consumed));
                }
                try {
                    wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted", e);
                }
            }
        }
    }
}
