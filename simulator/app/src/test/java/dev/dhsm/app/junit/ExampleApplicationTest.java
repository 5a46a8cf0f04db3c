package dev.dhsm.app.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dhsm.app.control.FaultChange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * How an application developer tests code that administers a Dedicated HSM over SSH: one emulated appliance
 * for the class, reached with an ordinary SSH client (MINA's here), its clock moved and a fault injected
 * through the handle the extension passes in.
 */
@DhsmAppliance
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExampleApplicationTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String PASSWORD = "MyApp#Secret1";
    private static SshClient ssh;

    @BeforeAll
    static void provision(DhsmHandle hsm) throws IOException {
        ssh = SshClient.setUpDefaultClient();
        ssh.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        ssh.start();
        // A new Azure device forces a password change at the first interactive login.
        try (ClientSession session = login(hsm, DhsmHandle.FACTORY_PASSWORD);
             ChannelShell shell = session.createShellChannel()) {
            shell.setUsePty(false);
            shell.setOut(new ByteArrayOutputStream());
            shell.open().verify(WAIT);
            OutputStream keys = shell.getInvertedIn();
            keys.write((PASSWORD + "\n" + PASSWORD + "\nexit\n").getBytes(StandardCharsets.UTF_8));
            keys.flush();
            shell.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), WAIT);
        }
    }

    @AfterAll
    static void stopClient() {
        ssh.stop();
    }

    @Test
    @Order(1)
    void theApplianceAnswersLunashCommands(DhsmHandle hsm) throws IOException {
        String show = run(hsm, "hsm show");
        assertTrue(show.contains("Command Result : 0 (Success)"), show);
        assertTrue(show.contains("7.0.3"), "the firmware Azure ships: " + show);
    }

    @Test
    @Order(2)
    void theApplianceClockMovesOnlyWhenTheTestSaysSo(DhsmHandle hsm) throws IOException {
        String before = run(hsm, "status date");
        assertTrue(before.contains("Mon Jan 5 09:00:00"), before);
        hsm.advanceClock(Duration.ofDays(2));
        String after = run(hsm, "status date");
        assertTrue(after.contains("Wed Jan 7 09:00:00"), after);
    }

    @Test
    @Order(3)
    void myCodeSeesTheApplianceCutOffAndBackAgain(DhsmHandle hsm) throws IOException {
        hsm.inject(FaultChange.none().withNetworkCut(true));
        assertThrows(IOException.class, () -> run(hsm, "hsm show"));
        assertEquals("the appliance is cut off the network",
                hsm.control().appliance("hsm1").reachability().reason());
        hsm.inject(FaultChange.none().withNetworkCut(false));
        assertTrue(run(hsm, "hsm show").contains("Command Result : 0 (Success)"));
    }

    private static ClientSession login(DhsmHandle hsm, String password) throws IOException {
        ClientSession session = ssh.connect(hsm.adminAccount(), hsm.ssh()).verify(WAIT).getSession();
        try {
            session.addPasswordIdentity(password);
            session.auth().verify(WAIT);
            return session;
        } catch (IOException | RuntimeException e) {
            session.close();
            throw e;
        }
    }

    /** One lunash command, as {@code ssh tenantadmin@hsm hsm show} runs it. */
    private static String run(DhsmHandle hsm, String command) throws IOException {
        try (ClientSession session = login(hsm, PASSWORD); ChannelExec exec = session.createExecChannel(command)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            exec.setOut(out);
            exec.open().verify(WAIT);
            exec.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), WAIT);
            return out.toString(StandardCharsets.UTF_8);
        }
    }
}
