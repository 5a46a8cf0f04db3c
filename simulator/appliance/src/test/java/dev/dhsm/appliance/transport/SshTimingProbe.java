package dev.dhsm.appliance.transport;

import dev.dhsm.appliance.files.DirectoryFileArea;
import dev.dhsm.appliance.lunash.Lunash;
import dev.dhsm.appliance.ssh.SshListener;
import dev.dhsm.model.Appliance;
import dev.dhsm.model.ApplianceConfig;
import dev.dhsm.model.ManualClock;
import dev.dhsm.model.StateSink;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
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
 * Measures, by hand (not a test): SSH login time (connect, key exchange, password) and the round trip of
 * one lunash command on an open shell, with MINA's client on loopback. Prints medians and 90th
 * percentiles in milliseconds.
 */
public final class SshTimingProbe {
    private static final String PASSWORD = "Timing#Pass1";

    private SshTimingProbe() {
    }

    public static void main(String[] args) throws Exception {
        int logins = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int commands = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        DirectoryFileArea files = new DirectoryFileArea(Files.createTempDirectory("dhsm-timing"));
        Appliance appliance = Appliance.factoryNew(ApplianceConfig.azure("t", "1"),
                ManualClock.startingAt("2026-01-01T00:00:00Z"), StateSink.NONE, files);
        Lunash lunash = new Lunash(appliance);
        try (SshListener ssh = SshListener.start(lunash, files, new InetSocketAddress("127.0.0.1", 0), null)) {
            SshClient client = SshClient.setUpDefaultClient();
            client.setIoServiceFactoryFactory(new Nio2ServiceFactoryFactory());
            client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
            CoreModuleProperties.TCP_NODELAY.set(client, Boolean.TRUE);
            client.start();
            shell(client, ssh, "PASSWORD", false, PASSWORD + "\n" + PASSWORD + "\n", 0);
            double[] login = new double[logins];
            double[] kex = new double[logins];
            double[] auth = new double[logins];
            for (int i = 0; i < logins; i++) {
                long t = System.nanoTime();
                try (ClientSession s = client.connect("tenantadmin", ssh.address()).verify(Transcript.WAIT)
                        .getSession()) {
                    s.waitFor(EnumSet.of(ClientSessionEvent.WAIT_AUTH), Transcript.WAIT);
                    long k = System.nanoTime();
                    s.addPasswordIdentity(PASSWORD);
                    s.auth().verify(Transcript.WAIT);
                    long a = System.nanoTime();
                    kex[i] = (k - t) / 1e6;
                    auth[i] = (a - k) / 1e6;
                    login[i] = (a - t) / 1e6;
                }
            }
            report("login (connect + kex + password)", login);
            report("  connect + key exchange", kex);
            report("  password (appliance login)", auth);
            report("command round trip, no pty", shell(client, ssh, PASSWORD, false, "", commands));
            report("command round trip, pty", shell(client, ssh, PASSWORD, true, "", commands));
            client.stop();
        }
    }

    private static double[] shell(SshClient client, SshListener ssh, String password, boolean pty, String first,
            int rounds) throws IOException {
        double[] times = new double[rounds];
        try (ClientSession s = connect(client, ssh, password); ChannelShell shell = s.createShellChannel()) {
            shell.setUsePty(pty);
            Transcript screen = new Transcript();
            shell.setOut(screen);
            shell.open().verify(Transcript.WAIT);
            OutputStream keys = shell.getInvertedIn();
            send(keys, first);
            screen.await("lunash:>");
            String enter = pty ? "\r" : "\n";
            for (int i = 0; i < rounds; i++) {
                long t = System.nanoTime();
                send(keys, "status date" + enter);
                screen.await("lunash:>");
                times[i] = (System.nanoTime() - t) / 1e6;
            }
            send(keys, "exit" + enter);
            shell.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), Transcript.WAIT);
        }
        return times;
    }

    private static ClientSession connect(SshClient client, SshListener ssh, String password) throws IOException {
        ClientSession s = client.connect("tenantadmin", ssh.address()).verify(Transcript.WAIT).getSession();
        s.addPasswordIdentity(password);
        s.auth().verify(Transcript.WAIT);
        return s;
    }

    private static void send(OutputStream keys, String text) throws IOException {
        keys.write(text.getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }

    private static void report(String what, double[] ms) {
        if (ms.length == 0) {
            return;
        }
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.printf("%-36s n=%d median %.2f ms, p90 %.2f ms, min %.2f ms%n", what, ms.length,
                sorted[sorted.length / 2], sorted[(int) (sorted.length * 0.9)], sorted[0]);
    }
}
