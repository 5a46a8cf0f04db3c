package dev.dhsm.appliance.ssh;

import dev.dhsm.appliance.files.DirectoryFileArea;
import dev.dhsm.appliance.lunash.Lunash;
import dev.dhsm.model.Appliance;
import dev.dhsm.model.ApplianceEvent;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.sshd.common.io.IoAcceptor;
import org.apache.sshd.common.io.IoServiceEventListener;
import org.apache.sshd.common.kex.BuiltinDHFactories;
import org.apache.sshd.common.kex.KeyExchangeFactory;
import org.apache.sshd.common.session.helpers.AbstractSession;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.scp.server.ScpCommandFactory;
import org.apache.sshd.server.ServerBuilder;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.password.UserAuthPasswordFactory;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The appliance's SSH service (TCP 22 on a real device): password login to an appliance account, the
 * lunash shell or one lunash command per session channel, and scp/sftp into the account's file area.
 * Logins must finish within 2 minutes; sessions have no idle timeout (that arrived in appliance 7.7.1).
 *
 * <p>It answers only while the model says SSH reaches the appliance: a connection is closed at accept while
 * it does not (network cut, broken network settings, a hung reboot), and when the appliance's connectivity
 * changes every connection that may no longer stay is closed: all of them when SSH is unreachable, and those
 * whose login the appliance dropped (a reboot, a support factory reset) otherwise.
 *
 * <p>A fleet of appliances shares network threads, shell threads and sshd's timer among its listeners
 * ({@link #start(Lunash, DirectoryFileArea, InetSocketAddress, Path, EventLoopGroup, ExecutorService,
 * ScheduledExecutorService)}); the listener then leaves them running when it closes.
 */
public final class SshListener implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SshListener.class);
    private static final Duration LOGIN_GRACE = Duration.ofMinutes(2);
    private static final int MAX_AUTH_TRIES = 6;
    private static final int IO_THREADS = 2;

    /**
     * Key exchanges offered, best first. The sntrup761 hybrids are left out on purpose: MINA computes them
     * in Java at ~70 ms a login, and a stock OpenSSH 9 client would pick them first. ML-KEM (when
     * BouncyCastle is present) and X25519 cost ~4 ms.
     */
    private static final List<BuiltinDHFactories> KEX_PREFERENCE = List.of(
            BuiltinDHFactories.mlkem768x25519,
            BuiltinDHFactories.curve25519,
            BuiltinDHFactories.curve25519_libssh,
            BuiltinDHFactories.ecdhp256,
            BuiltinDHFactories.ecdhp384,
            BuiltinDHFactories.ecdhp521,
            BuiltinDHFactories.dhgex256,
            BuiltinDHFactories.dhg16_512,
            BuiltinDHFactories.dhg18_512,
            BuiltinDHFactories.dhg14_256);

    private final SshServer server;
    private final Appliance appliance;
    private final EventLoopGroup ownIoGroup;
    private final ExecutorService ownShellThreads;
    private final Consumer<ApplianceEvent> events = this::onEvent;

    private SshListener(SshServer server, Appliance appliance, EventLoopGroup ownIoGroup,
            ExecutorService ownShellThreads) {
        this.server = server;
        this.appliance = appliance;
        this.ownIoGroup = ownIoGroup;
        this.ownShellThreads = ownShellThreads;
    }

    /**
     * Starts listening. {@code hostKeyFile} null keeps a fresh host key in memory; otherwise the key is
     * generated once, written there, and reused on every later start.
     */
    public static SshListener start(Lunash lunash, DirectoryFileArea files, InetSocketAddress bind,
            Path hostKeyFile) throws IOException {
        EventLoopGroup ioGroup = new MultiThreadIoEventLoopGroup(IO_THREADS,
                new DefaultThreadFactory("dhsm-ssh-io", true), NioIoHandler.newFactory());
        ExecutorService shellThreads = Executors.newCachedThreadPool(
                new DefaultThreadFactory("dhsm-ssh-lunash", true));
        SshServer server = configure(lunash, files, hostKeyFile, ioGroup, shellThreads);
        return start(server, lunash.appliance(), bind, ioGroup, shellThreads);
    }

    /**
     * Starts listening on network threads, shell threads and a timer that the caller shares among several
     * listeners (a fleet), owns and shuts down after closing them.
     */
    public static SshListener start(Lunash lunash, DirectoryFileArea files, InetSocketAddress bind,
            Path hostKeyFile, EventLoopGroup ioGroup, ExecutorService shellThreads, ScheduledExecutorService timer)
            throws IOException {
        SshServer server = configure(lunash, files, hostKeyFile, ioGroup, shellThreads);
        server.setScheduledExecutorService(timer, false);
        return start(server, lunash.appliance(), bind, null, null);
    }

    private static SshListener start(SshServer server, Appliance appliance, InetSocketAddress bind,
            EventLoopGroup ownIoGroup, ExecutorService ownShellThreads) throws IOException {
        server.setHost(bind.getHostString());
        server.setPort(bind.getPort());
        server.setIoServiceEventListener(new ReachabilityCheck(appliance));
        SshListener listener = new SshListener(server, appliance, ownIoGroup, ownShellThreads);
        try {
            server.start();
        } catch (IOException | RuntimeException e) {
            listener.close();
            throw e;
        }
        appliance.onEvent(listener.events);
        LOG.info("lunash over SSH listening on {}", listener.address());
        return listener;
    }

    /** Whether SSH reaches the appliance now (evaluated on the appliance clock, so a hard reboot can complete). */
    private static boolean reachable(Appliance appliance) {
        return appliance.transact(tx -> tx.system().reachability().ssh());
    }

    /** Closes a new connection at once while the appliance cannot be reached over SSH. */
    private record ReachabilityCheck(Appliance appliance) implements IoServiceEventListener {
        @Override
        public void connectionAccepted(IoAcceptor acceptor, SocketAddress local, SocketAddress remote,
                SocketAddress service) throws IOException {
            if (!reachable(appliance)) {
                throw new IOException("appliance " + appliance.id() + " is not reachable over SSH");
            }
        }
    }

    /** The appliance's connectivity changed: close the connections that may no longer stay. */
    private void onEvent(ApplianceEvent event) {
        if (event != ApplianceEvent.CONNECTIVITY_CHANGED || !server.isStarted()) {
            return;
        }
        boolean reachable = reachable(appliance);
        for (AbstractSession connection : server.getActiveSessions()) {
            boolean dropped = SshLogin.of(connection).map(login -> !login.session().open()).orElse(false);
            if (!reachable || dropped) {
                LOG.debug("closing SSH connection {} of appliance {}", connection.getRemoteAddress(),
                        appliance.id());
                connection.close(true);
            }
        }
    }

    private static SshServer configure(Lunash lunash, DirectoryFileArea files, Path hostKeyFile,
            EventLoopGroup ioGroup, ExecutorService workThreads) throws IOException {
        SshServer server = SshServer.setUpDefaultServer();
        server.setIoServiceFactoryFactory(new NoDelayNettyIoServiceFactoryFactory(ioGroup));
        CoreModuleProperties.AUTH_TIMEOUT.set(server, LOGIN_GRACE);
        CoreModuleProperties.IDLE_TIMEOUT.set(server, Duration.ZERO);
        CoreModuleProperties.MAX_AUTH_REQUESTS.set(server, MAX_AUTH_TRIES);
        server.setKeyExchangeFactories(keyExchanges());
        server.setKeyPairProvider(hostKeys(hostKeyFile));

        SshPasswordLogin login = new SshPasswordLogin(lunash.appliance(), workThreads);
        server.setUserAuthFactories(List.of(UserAuthPasswordFactory.INSTANCE));
        server.setPasswordAuthenticator(login);
        server.setPublickeyAuthenticator(null);
        server.setKeyboardInteractiveAuthenticator(null);
        server.setHostBasedAuthenticator(null);
        server.setGSSAuthenticator(null);
        server.addSessionListener(login);

        LunashCommandFactory lunashCommands = new LunashCommandFactory(lunash, workThreads);
        server.setShellFactory(lunashCommands);
        server.setCommandFactory(new ScpCommandFactory.Builder().withDelegate(lunashCommands).build());
        server.setSubsystemFactories(List.of(new SftpSubsystemFactory.Builder().build()));
        server.setFileSystemFactory(new AccountHomeFileSystemFactory(files));
        return server;
    }

    /** The preferred key exchanges this JVM can compute (ML-KEM needs BouncyCastle on the class path). */
    static List<KeyExchangeFactory> keyExchanges() {
        return KEX_PREFERENCE.stream().filter(BuiltinDHFactories::isSupported).map(ServerBuilder.DH2KEX).toList();
    }

    private static KeyPairProvider hostKeys(Path hostKeyFile) throws IOException {
        SimpleGeneratorHostKeyProvider keys;
        if (hostKeyFile == null) {
            keys = new SimpleGeneratorHostKeyProvider();
        } else {
            Path parent = hostKeyFile.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            keys = new SimpleGeneratorHostKeyProvider(hostKeyFile);
        }
        keys.setAlgorithm("EC");
        keys.setKeySize(256);
        if (keys.loadKeys(null).isEmpty()) {
            throw new IOException("no SSH host key: cannot read or create " + hostKeyFile);
        }
        return keys;
    }

    /** The address actually bound (port 0 resolved). */
    public InetSocketAddress address() {
        for (SocketAddress bound : server.getBoundAddresses()) {
            if (bound instanceof InetSocketAddress inet) {
                return inet;
            }
        }
        throw new IllegalStateException("the SSH listener is not bound");
    }

    /** Stops listening, drops every connection (their shells end and their sessions with them). */
    @Override
    public void close() {
        appliance.removeEventListener(events);
        try {
            server.stop(true);
        } catch (IOException e) {
            LOG.debug("stopping the SSH server", e);
        }
        if (ownShellThreads == null) {
            return;
        }
        ownShellThreads.shutdown();
        ownIoGroup.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        try {
            if (!ownShellThreads.awaitTermination(5, TimeUnit.SECONDS)) {
                ownShellThreads.shutdownNow();
            }
        } catch (InterruptedException e) {
            ownShellThreads.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
