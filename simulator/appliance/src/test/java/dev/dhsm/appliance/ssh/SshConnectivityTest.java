package dev.dhsm.appliance.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dhsm.appliance.files.DirectoryFileArea;
import dev.dhsm.appliance.lunash.Lunash;
import dev.dhsm.appliance.transport.Transcript;
import dev.dhsm.model.Appliance;
import dev.dhsm.model.ApplianceConfig;
import dev.dhsm.model.ManualClock;
import dev.dhsm.model.RebootOutcome;
import dev.dhsm.model.StateSink;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.io.nio2.Nio2ServiceFactoryFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SSH follows the model's reachability: refused while cut off or hung, and dropped when a reboot drops logins. */
class SshConnectivityTest {
    static final String PROMPT = "[local_host] lunash:>";
    static final String NEW_PASSWORD = "Ssh!Pass9word";

    @TempDir
    Path tempDir;
    final ManualClock clock = ManualClock.startingAt("2026-01-01T00:00:00Z");
    Appliance appliance;
    SshListener listener;
    SshClient client;

    @BeforeEach
    void start() throws IOException {
        DirectoryFileArea files = new DirectoryFileArea(tempDir.resolve("files"));
        appliance = Appliance.factoryNew(ApplianceConfig.azure("t1", "572413"), clock, StateSink.NONE, files);
        listener = SshListener.start(new Lunash(appliance), files, new InetSocketAddress("127.0.0.1", 0), null);
        client = SshClient.setUpDefaultClient();
        client.setIoServiceFactoryFactory(new Nio2ServiceFactoryFactory());
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        client.start();
    }

    @AfterEach
    void stop() {
        client.stop();
        listener.close();
    }

    @Test
    void aCutOffApplianceRefusesSshAndAnswersAgainWhenTheCutEnds() throws IOException {
        appliance.run(tx -> tx.system().setNetworkCut(true));
        assertThrows(IOException.class, () -> connect("PASSWORD").close());
        appliance.run(tx -> tx.system().setNetworkCut(false));
        connect("PASSWORD").close();
    }

    @Test
    void cuttingTheNetworkEndsAnOpenShell() throws IOException {
        try (ClientSession session = connect("PASSWORD"); ChannelShell shell = openShell(session)) {
            Transcript screen = (Transcript) shell.getOut();
            screen.await("New password: ");
            assertEquals(1, appliance.sessions().size());
            appliance.run(tx -> tx.system().setNetworkCut(true));
            shell.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), Transcript.WAIT);
            Transcript.awaitTrue("the connection closed", session::isClosed);
        }
        Transcript.awaitTrue("the login ended", () -> appliance.sessions().isEmpty());
    }

    @Test
    void aBrokenNetworkConfigurationRefusesSsh() {
        appliance.run(tx -> tx.system().setInterfaceStatic("eth0", "10.9.9.9", "255.255.255.0", "10.9.9.1"));
        assertThrows(IOException.class, () -> connect("PASSWORD").close());
    }

    @Test
    void aRebootFromOneShellDropsEverySshSession() throws IOException {
        try (ClientSession idle = connect("PASSWORD"); ChannelShell waiting = openShell(idle);
             ClientSession admin = connect("PASSWORD"); ChannelShell rebooting = openShell(admin)) {
            ((Transcript) waiting.getOut()).await("New password: ");
            Transcript screen = (Transcript) rebooting.getOut();
            screen.await("New password: ");
            type(rebooting, NEW_PASSWORD + "\n" + NEW_PASSWORD + "\n");
            screen.await(PROMPT);
            type(rebooting, "sysconf appliance reboot\nproceed\n");
            screen.await("Reboot commencing");
            rebooting.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), Transcript.WAIT);
            waiting.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), Transcript.WAIT);
            Transcript.awaitTrue("both connections closed", () -> idle.isClosed() && admin.isClosed());
        }
        assertTrue(appliance.sessions().isEmpty());
        connect(NEW_PASSWORD).close();
    }

    @Test
    void aHungApplianceAnswersOnlyWhenTheHardRebootIsDone() throws IOException {
        appliance.run(tx -> tx.system().setNextRebootHangs(true));
        assertEquals(RebootOutcome.HUNG, appliance.transact(tx -> tx.system().reboot()));
        assertThrows(IOException.class, () -> connect("PASSWORD").close());
        appliance.run(tx -> tx.system().supportHardReboot());
        clock.advance(Duration.ofHours(47));
        assertThrows(IOException.class, () -> connect("PASSWORD").close());
        clock.advance(Duration.ofHours(1));
        connect("PASSWORD").close();
    }

    private ChannelShell openShell(ClientSession session) throws IOException {
        ChannelShell shell = session.createShellChannel();
        shell.setUsePty(false);
        Transcript screen = new Transcript();
        shell.setOut(screen);
        shell.setErr(screen);
        shell.open().verify(Transcript.WAIT);
        return shell;
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

    private static void type(ChannelShell shell, String text) throws IOException {
        OutputStream keys = shell.getInvertedIn();
        keys.write(text.getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }
}
