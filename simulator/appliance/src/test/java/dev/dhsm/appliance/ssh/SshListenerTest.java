package dev.dhsm.appliance.ssh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dhsm.appliance.files.DirectoryFileArea;
import dev.dhsm.appliance.lunash.Lunash;
import dev.dhsm.appliance.transport.Transcript;
import dev.dhsm.model.Appliance;
import dev.dhsm.model.ApplianceConfig;
import dev.dhsm.model.ManualClock;
import dev.dhsm.model.StateSink;
import dev.dhsm.model.Versions;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.EnumSet;
import java.nio.file.attribute.PosixFilePermission;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.io.nio2.Nio2ServiceFactoryFactory;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.scp.client.ScpClient;
import org.apache.sshd.scp.client.ScpClientCreator;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** lunash over SSH as a client sees it, through MINA's own SSH client on loopback. */
@Timeout(60)
class SshListenerTest {
    static final Pattern RESULT = Pattern.compile("Command Result : (\\d+) \\(.+?\\)");
    static final String PROMPT = "[local_host] lunash:>";
    static final String NEW_PASSWORD = "Ssh!Pass9word";

    @TempDir
    Path tempDir;
    DirectoryFileArea files;
    Appliance appliance;
    Lunash lunash;
    SshListener listener;
    SshClient client;

    @BeforeEach
    void start() throws IOException {
        files = new DirectoryFileArea(tempDir.resolve("files"));
        appliance = Appliance.factoryNew(ApplianceConfig.azure("t1", "572413"),
                ManualClock.startingAt("2026-01-01T00:00:00Z"), StateSink.NONE, files);
        lunash = new Lunash(appliance);
        listener = SshListener.start(lunash, files, new InetSocketAddress("127.0.0.1", 0), null);
        client = SshClient.setUpDefaultClient();
        client.setIoServiceFactoryFactory(new Nio2ServiceFactoryFactory());
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        CoreModuleProperties.TCP_NODELAY.set(client, Boolean.TRUE);
        client.start();
    }

    @AfterEach
    void stop() {
        client.stop();
        listener.close();
    }

    @Test
    void firstLoginForcesThePasswordChangeInsideTheShell() throws IOException {
        Exec before = exec("PASSWORD", "hsm show");
        assertEquals(1, before.status());
        assertTrue(before.output().contains("expired"), before.output());

        try (ClientSession session = connect("PASSWORD"); ChannelShell shell = session.createShellChannel()) {
            shell.setUsePty(true);
            shell.setPtyType("xterm");
            shell.setPtyColumns(120);
            shell.setPtyLines(40);
            Transcript screen = new Transcript();
            shell.setOut(screen);
            shell.setErr(screen);
            shell.open().verify(Transcript.WAIT);
            OutputStream keys = shell.getInvertedIn();

            assertTrue(screen.await("New password: ").contains(Versions.BANNER));
            type(keys, NEW_PASSWORD + "\r");
            assertEquals("*".repeat(NEW_PASSWORD.length()), masked(screen.await("Retype new password: ")));
            type(keys, NEW_PASSWORD + "\r");
            screen.await("Password change successful.");
            screen.await(PROMPT);

            type(keys, "hs\t");
            screen.await("hsm ");
            type(keys, "show\r");
            screen.await(RESULT);
            screen.await(PROMPT);
            shell.sendWindowChange(100, 30);
            type(keys, "\u0003");
            screen.await(PROMPT);
            type(keys, "exit\r");
            shell.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), Transcript.WAIT);
            assertEquals(0, shell.getExitStatus());
            assertFalse(screen.text().contains(NEW_PASSWORD), "the new password never shows in the clear");
        }
        assertTrue(appliance.sessions().isEmpty(), "the shell's session ended before the channel closed");

        Exec after = exec(NEW_PASSWORD, "hsm show");
        Matcher result = RESULT.matcher(after.output());
        assertTrue(result.find(), after.output());
        assertEquals(result.group(1).equals("0") ? 0 : 1, after.status());
        assertFalse(after.output().contains(Versions.BANNER), "a single command prints no banner");
    }

    @Test
    void withoutAPtyLinesAreReadStraightFromStdinAndPromptsStillPrinted() throws IOException {
        changePassword();
        try (ClientSession session = connect(NEW_PASSWORD); ChannelShell shell = session.createShellChannel()) {
            shell.setUsePty(false);
            Transcript screen = new Transcript();
            shell.setOut(screen);
            shell.setErr(screen);
            shell.open().verify(Transcript.WAIT);
            OutputStream keys = shell.getInvertedIn();
            type(keys, "hsm show\nexit\n");
            keys.close();
            shell.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), Transcript.WAIT);
            String text = screen.text();
            assertTrue(text.contains(Versions.BANNER), text);
            assertTrue(text.contains(PROMPT), text);
            assertTrue(RESULT.matcher(text).find(), text);
            assertFalse(text.contains("\r"), "plain \\n line endings without a pty");
            assertEquals(0, shell.getExitStatus());
        }
        assertTrue(appliance.sessions().isEmpty());
    }

    @Test
    void aClientThatVanishesMidShellEndsItsSession() throws IOException {
        changePassword();
        ClientSession session = connect(NEW_PASSWORD);
        ChannelShell shell = session.createShellChannel();
        shell.setUsePty(true);
        Transcript screen = new Transcript();
        shell.setOut(screen);
        shell.open().verify(Transcript.WAIT);
        screen.await(PROMPT);
        assertEquals(1, appliance.sessions().size());
        session.close(true);
        Transcript.awaitTrue("the shell's session ended", () -> appliance.sessions().isEmpty());
    }

    @Test
    void closingTheListenerEndsEveryShell() throws IOException {
        changePassword();
        ClientSession session = connect(NEW_PASSWORD);
        ChannelShell shell = session.createShellChannel();
        shell.setUsePty(false);
        Transcript screen = new Transcript();
        shell.setOut(screen);
        shell.open().verify(Transcript.WAIT);
        screen.await(PROMPT);
        listener.close();
        assertTrue(appliance.sessions().isEmpty(), "close() returns after the shells have ended");
        session.close(true);
    }

    @Test
    void aWrongPasswordIsAnAuthenticationFailure() {
        assertThrows(IOException.class, () -> connect("not-the-password").close());
        assertTrue(appliance.sessions().isEmpty());
    }

    @Test
    void oneLunashSessionPerConnection() throws IOException {
        changePassword();
        try (ClientSession session = connect(NEW_PASSWORD)) {
            assertEquals(0, run(session, "status date").status());
            Exec second = run(session, "status date");
            assertEquals(1, second.status());
            assertTrue(second.output().startsWith("Error:  "), second.output());
        }
        Transcript.awaitTrue("sessions ended", () -> appliance.sessions().isEmpty());
    }

    @Test
    void sftpAndScpLandInTheAccountsHomeAndNowhereElse() throws IOException {
        byte[] pem = "-----BEGIN CERTIFICATE-----\n".getBytes(StandardCharsets.US_ASCII);
        byte[] spkg = new byte[70_000];
        for (int i = 0; i < spkg.length; i++) {
            spkg[i] = (byte) (i * 31);
        }
        try (ClientSession session = connect("PASSWORD")) {
            try (SftpClient sftp = SftpClientFactory.instance().createSftpClient(session)) {
                try (OutputStream out = sftp.write("client.pem")) {
                    out.write(pem);
                }
                try (OutputStream out = sftp.write("../../escape.pem")) {
                    out.write(pem);
                }
                assertThrows(IOException.class, () -> sftp.read("/etc/passwd").close());
            }
            ScpClient scp = ScpClientCreator.instance().createScpClient(session);
            scp.upload(spkg, "update.spkg",
                    EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE), null);
            assertArrayEquals(spkg, scp.downloadBytes("update.spkg"));
        }
        assertArrayEquals(pem, files.read("tenantadmin", "client.pem").orElseThrow());
        assertArrayEquals(spkg, files.read("tenantadmin", "update.spkg").orElseThrow());
        assertFalse(Files.exists(tempDir.resolve("escape.pem")));
        assertFalse(Files.exists(tempDir.resolve("files").resolve("escape.pem")));
        assertTrue(files.list("tenantadmin").contains("client.pem"));
        Transcript.awaitTrue("the scp/sftp login ended with its connection", () -> appliance.sessions().isEmpty());
    }

    @Test
    void aPersistedHostKeyIsReusedAfterARestart() throws IOException {
        Path keyFile = tempDir.resolve("keys").resolve("ssh_host_key");
        PublicKey first;
        try (SshListener keyed = SshListener.start(lunash, files, new InetSocketAddress("127.0.0.1", 0), keyFile)) {
            first = serverKey(keyed);
        }
        assertTrue(Files.exists(keyFile));
        try (SshListener again = SshListener.start(lunash, files, new InetSocketAddress("127.0.0.1", 0), keyFile)) {
            assertEquals(first, serverKey(again));
        }
    }

    @Test
    void anUnusableHostKeyFileIsAnError() throws IOException {
        Path notADirectory = Files.writeString(tempDir.resolve("plain-file"), "x");
        assertThrows(IOException.class, () -> SshListener.start(lunash, files,
                new InetSocketAddress("127.0.0.1", 0), notADirectory.resolve("ssh_host_key")).close());
        Path garbage = Files.writeString(tempDir.resolve("garbage_host_key"), "not a key");
        try (SshListener keyed = SshListener.start(lunash, files, new InetSocketAddress("127.0.0.1", 0), garbage)) {
            assertEquals(serverKey(keyed), serverKey(keyed), "a corrupt key file is replaced by a fresh key");
        }
    }

    private PublicKey serverKey(SshListener target) throws IOException {
        try (ClientSession session = client.connect("tenantadmin", target.address()).verify(Transcript.WAIT)
                .getSession()) {
            session.addPasswordIdentity("PASSWORD");
            session.auth().verify(Transcript.WAIT);
            return session.getServerKey();
        }
    }

    private void changePassword() throws IOException {
        try (ClientSession session = connect("PASSWORD"); ChannelShell shell = session.createShellChannel()) {
            shell.setUsePty(false);
            Transcript screen = new Transcript();
            shell.setOut(screen);
            shell.open().verify(Transcript.WAIT);
            OutputStream keys = shell.getInvertedIn();
            screen.await("New password: ");
            type(keys, NEW_PASSWORD + "\n" + NEW_PASSWORD + "\n");
            screen.await(PROMPT);
            type(keys, "exit\n");
            shell.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), Transcript.WAIT);
        }
    }

    /** What one exec channel printed and its exit status. */
    record Exec(String output, int status) {
    }

    private Exec exec(String password, String command) throws IOException {
        try (ClientSession session = connect(password)) {
            return run(session, command);
        }
    }

    private static Exec run(ClientSession session, String command) throws IOException {
        try (ChannelExec exec = session.createExecChannel(command)) {
            Transcript out = new Transcript();
            exec.setOut(out);
            exec.setErr(out);
            exec.open().verify(Transcript.WAIT);
            exec.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), Transcript.WAIT);
            Integer status = exec.getExitStatus();
            return new Exec(out.text(), status == null ? -1 : status);
        }
    }

    private ClientSession connect(String password) throws IOException {
        ClientSession session = client.connect("tenantadmin", listener.address()).verify(Transcript.WAIT)
                .getSession();
        try {
            session.addPasswordIdentity(password);
            session.auth().verify(Transcript.WAIT);
            return session;
        } catch (IOException | RuntimeException e) {
            session.close();
            throw e;
        }
    }

    private static void type(OutputStream keys, String text) throws IOException {
        keys.write(text.getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }

    /** The characters a masked entry showed: everything between the prompt and the line end, escapes removed. */
    private static String masked(String screenSincePrompt) {
        String plain = screenSincePrompt.replaceAll("\u001B\\[[0-9;?]*[A-Za-z]", "");
        int end = plain.indexOf('\r');
        return (end < 0 ? plain : plain.substring(0, end)).trim();
    }
}
