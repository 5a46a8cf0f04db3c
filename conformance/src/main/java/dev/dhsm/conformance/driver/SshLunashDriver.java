package dev.dhsm.conformance.driver;

import dev.dhsm.conformance.target.Account;
import dev.dhsm.conformance.target.Answers;
import dev.dhsm.conformance.target.LoginRefusedException;
import dev.dhsm.conformance.target.LunashResponse;
import dev.dhsm.conformance.target.LunashSession;
import dev.dhsm.conformance.target.TargetException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.SshException;
import org.apache.sshd.common.channel.Channel;
import org.apache.sshd.common.channel.ChannelListener;
import org.apache.sshd.scp.client.ScpClientCreator;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;

/**
 * lunash over SSH, as an administrator at a terminal uses it: password authentication, a shell channel with a
 * 200-column vt100 pseudo-terminal (so prompts, secret masking and the first-login password change behave as
 * for a person), and uploads to the account's file area over SFTP, falling back to SCP.
 */
public final class SshLunashDriver implements LunashSession {
    private static final int COLUMNS = 200;
    private static final int LINES = 50;

    private final ClientSession session;
    private final ChannelShell channel;
    private final LunashConversation conversation;
    private final Duration timeout;
    private final LunashConversation.Login login;

    private SshLunashDriver(ClientSession session, ChannelShell channel, Transcript transcript, Account who,
            Duration timeout) {
        this.session = session;
        this.channel = channel;
        this.timeout = timeout;
        OutputStream keyboard = channel.getInvertedIn();
        this.conversation = new LunashConversation(transcript, text -> type(keyboard, text), "\r", timeout);
        this.login = conversation.awaitShell(who, 0);
    }

    /**
     * Connects, authenticates with {@code who}'s password and waits for the lunash prompt.
     *
     * @throws LoginRefusedException when the appliance refuses the credentials
     */
    static SshLunashDriver open(SshClient client, InetSocketAddress address, Account who, Duration timeout) {
        ClientSession session = null;
        try {
            session = client.connect(who.name(), address.getHostString(), address.getPort())
                    .verify(timeout).getSession();
            session.addPasswordIdentity(who.password());
            try {
                session.auth().verify(timeout);
            } catch (SshException e) {
                throw new LoginRefusedException("The appliance at " + address + " refused the SSH login of "
                        + who.name() + ": " + e.getMessage(), e);
            }
            Transcript transcript = new Transcript();
            ChannelShell channel = session.createShellChannel();
            channel.setPtyType("vt100");
            channel.setPtyColumns(COLUMNS);
            channel.setPtyLines(LINES);
            channel.setOut(transcript.sink());
            channel.setErr(transcript.sink());
            channel.addChannelListener(new ChannelListener() {
                @Override
                public void channelClosed(Channel c, Throwable reason) {
                    transcript.end(reason == null ? "channel closed" : "channel closed: " + reason);
                }
            });
            channel.open().verify(timeout);
            return new SshLunashDriver(session, channel, transcript, who, timeout);
        } catch (IOException e) {
            closeQuietly(session);
            throw new TargetException("Could not open a lunash shell on " + address + " as " + who.name() + ": "
                    + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(session);
            throw e;
        }
    }

    @Override
    public Account account() {
        return login.account();
    }

    @Override
    public String loginText() {
        return login.text();
    }

    @Override
    public boolean passwordChangeForced() {
        return login.passwordChangeForced();
    }

    @Override
    public LunashResponse run(String commandLine, Answers answers) {
        return conversation.run(commandLine, answers);
    }

    @Override
    public void upload(String fileName, byte[] content) {
        IOException sftpFailure;
        try (SftpClient sftp = SftpClientFactory.instance().createSftpClient(session);
                OutputStream out = sftp.write(fileName)) {
            out.write(content);
            return;
        } catch (IOException e) {
            sftpFailure = e;
        }
        try {
            ScpClientCreator.instance().createScpClient(session).upload(content, fileName,
                    EnumSet.of(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                            java.nio.file.attribute.PosixFilePermission.OWNER_WRITE), null);
        } catch (IOException e) {
            e.addSuppressed(sftpFailure);
            throw new TargetException("Could not upload " + fileName + " over SFTP or SCP: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            if (channel.isOpen()) {
                type(channel.getInvertedIn(), "exit\r");
                channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), timeout);
            }
        } catch (RuntimeException e) {
            // the shell is going away anyway; the session close below releases it
        } finally {
            closeQuietly(session);
        }
    }

    private static void type(OutputStream keyboard, String text) {
        try {
            keyboard.write(text.getBytes(StandardCharsets.UTF_8));
            keyboard.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("could not send to the appliance", e);
        }
    }

    private static void closeQuietly(ClientSession session) {
        if (session != null) {
            try {
                session.close();
            } catch (IOException e) {
                // nothing more to release
            }
        }
    }
}
