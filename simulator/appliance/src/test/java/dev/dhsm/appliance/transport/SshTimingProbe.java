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
import java.util.List;
import java.util.Set;
import org.apache.sshd.client.ClientBuilder;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.client.session.ClientSession.ClientSessionEvent;
import org.apache.sshd.common.io.nio2.Nio2ServiceFactoryFactory;
import org.apache.sshd.common.kex.BuiltinDHFactories;
import org.apache.sshd.common.kex.KexProposalOption;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.ServerBuilder;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;

/**
 * Measures, by hand (not a test): SSH login time (connect, key exchange, password) and the round trip of
 * one lunash command on an open shell, with MINA's client on loopback. Prints medians and 90th
 * percentiles in milliseconds.
 */
public final class SshTimingProbe {
    private static final String PASSWORD = "Timing#Pass1";
    /** The command timed on the open shell: {@code -Ddhsm.probe.command="hsm show"} to change it. */
    private static final String COMMAND = System.getProperty("dhsm.probe.command", "status date");

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
            try (ClientSession s = connect(client, ssh, PASSWORD)) {
                System.out.println("negotiated with the listener: "
                        + s.getNegotiatedKexParameter(KexProposalOption.ALGORITHMS));
            }
            report("command round trip, no pty", shell(client, ssh, PASSWORD, false, "", commands));
            report("command round trip, pty", shell(client, ssh, PASSWORD, true, "", commands));
            client.stop();
        }
        compareKeyExchanges(Math.max(20, logins / 4));
    }

    /** Connect plus key exchange against a stock MINA server, one client-side KEX at a time, same run. */
    private static void compareKeyExchanges(int rounds) throws Exception {
        SshServer server = SshServer.setUpDefaultServer();
        server.setKeyPairProvider(new SimpleGeneratorHostKeyProvider());
        server.setPasswordAuthenticator((user, password, session) -> true);
        server.setKeyExchangeFactories(BuiltinDHFactories.VALUES.stream().filter(BuiltinDHFactories::isSupported)
                .map(ServerBuilder.DH2KEX).toList());
        server.setHost("127.0.0.1");
        server.setPort(0);
        server.start();
        InetSocketAddress address = new InetSocketAddress("127.0.0.1", server.getPort());
        for (BuiltinDHFactories kex : List.of(BuiltinDHFactories.sntrup761x25519_openssh, BuiltinDHFactories.sntrup761x25519,
                BuiltinDHFactories.mlkem768x25519, BuiltinDHFactories.curve25519, BuiltinDHFactories.ecdhp256)) {
            if (!kex.isSupported()) {
                System.out.println(kex.getName() + ": not available in this JVM");
                continue;
            }
            SshClient client = SshClient.setUpDefaultClient();
            client.setIoServiceFactoryFactory(new Nio2ServiceFactoryFactory());
            client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
            client.setKeyExchangeFactories(List.of(ClientBuilder.DH2KEX.apply(kex)));
            CoreModuleProperties.TCP_NODELAY.set(client, Boolean.TRUE);
            client.start();
            double[] times = new double[rounds];
            for (int i = 0; i < rounds; i++) {
                long t = System.nanoTime();
                try (ClientSession s = client.connect("x", address).verify(Transcript.WAIT).getSession()) {
                    Set<ClientSessionEvent> reached = s.waitFor(
                            EnumSet.of(ClientSessionEvent.WAIT_AUTH, ClientSessionEvent.CLOSED), Transcript.WAIT);
                    if (!reached.contains(ClientSessionEvent.WAIT_AUTH)) {
                        throw new IOException(kex.getName() + ": no key exchange, " + reached);
                    }
                    times[i] = (System.nanoTime() - t) / 1e6;
                }
            }
            report("stock MINA server, " + kex.getName(), times);
            client.stop();
        }
        server.stop(true);
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
                send(keys, COMMAND + enter);
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
        System.out.printf("%-52s n=%d median %.2f ms, p90 %.2f ms, min %.2f ms%n", what, ms.length,
                sorted[sorted.length / 2], sorted[(int) (sorted.length * 0.9)], sorted[0]);
    }
}
