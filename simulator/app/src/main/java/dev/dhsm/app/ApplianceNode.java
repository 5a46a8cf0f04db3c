package dev.dhsm.app;

import dev.dhsm.appliance.console.ConsoleListener;
import dev.dhsm.appliance.files.DirectoryFileArea;
import dev.dhsm.appliance.lunash.Lunash;
import dev.dhsm.appliance.ntls.NtlsListener;
import dev.dhsm.appliance.ntls.SelfSignedCertificateIssuer;
import dev.dhsm.appliance.ssh.SshListener;
import dev.dhsm.model.Appliance;
import dev.dhsm.model.ApplianceConfig;
import dev.dhsm.model.ApplianceState;
import dev.dhsm.model.CertificateIssuer;
import dev.dhsm.model.Clock;
import dev.dhsm.model.StateSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One running emulated appliance, powered on: its model (loaded from the data directory or factory-new),
 * lunash, and the network ports it answers on (lunash over SSH, the serial console, NTLS). Closing it powers it
 * off: the listeners stop and an ephemeral appliance's files are deleted. In a fleet, nodes share their
 * threads and may be rebuilt from a snapshot ({@link NodeContext}).
 */
public final class ApplianceNode implements AutoCloseable {
    private final NodeOptions options;
    private final NodeContext context;
    private final Appliance appliance;
    private final ApplianceState state;
    private final CertificateIssuer issuer;
    private final Lunash lunash;
    private final Path stateDir;
    private final Path filesRoot;
    private final Deque<AutoCloseable> resources;
    private SshListener ssh;
    private ConsoleListener console;
    private NtlsListener ntls;
    private boolean closed;

    private ApplianceNode(NodeOptions options, NodeContext context, Appliance appliance, ApplianceState state,
                          Path stateDir, Path filesRoot, Deque<AutoCloseable> resources) {
        this.options = options;
        this.context = context;
        this.appliance = appliance;
        this.state = state;
        this.issuer = options.certificateIssuer() != null ? options.certificateIssuer().forAppliance()
                : new SelfSignedCertificateIssuer();
        this.lunash = new Lunash(appliance, issuer);
        this.stateDir = stateDir;
        this.filesRoot = filesRoot;
        this.resources = resources;
    }

    /**
     * Loads or creates the appliance and opens its ports.
     *
     * @throws StateFileRefusedException when the saved state is corrupt or newer than this emulator
     * @throws java.net.BindException when a port is taken (the message names the port)
     * @throws IOException when the data directory cannot be used
     */
    public static ApplianceNode start(NodeOptions options) throws IOException {
        return start(options, NodeContext.standalone());
    }

    /** As {@link #start(NodeOptions)}, as a member of a fleet. */
    static ApplianceNode start(NodeOptions options, NodeContext context) throws IOException {
        Deque<AutoCloseable> resources = new ArrayDeque<>();
        try {
            Path applianceDir;
            StateSink sink;
            Optional<ApplianceState> saved;
            Path hostKey;
            if (options.isEphemeral()) {
                applianceDir = Files.createTempDirectory("dhsm-");
                resources.push(() -> deleteTree(applianceDir));
                sink = StateSink.NONE;
                saved = Optional.ofNullable(context.restored());
                hostKey = context.hostKeyFile();
            } else {
                FileStateStore store = new FileStateStore(options.dataDir());
                applianceDir = store.applianceDir(options.applianceId());
                FileStateStore.createPrivateDirectories(applianceDir);
                resources.push(lock(applianceDir));
                sink = store;
                saved = savedState(store, applianceDir, options.applianceId(), context);
                hostKey = applianceDir.resolve("ssh_host_key");
            }
            Path filesRoot = applianceDir.resolve("files");
            FileStateStore.createPrivateDirectories(filesRoot);
            DirectoryFileArea files = new DirectoryFileArea(filesRoot);
            StateCapture capture = new StateCapture(sink);
            Appliance appliance = saved.isPresent()
                    ? Appliance.fromState(saved.get(), options.clock(), sink, files)
                    : Appliance.factoryNew(config(options, context), options.clock(), capture, files);
            ApplianceState state = saved.isPresent() ? saved.get() : capture.captured();
            ApplianceNode node = new ApplianceNode(options, context, appliance, state,
                    options.isEphemeral() ? null : options.dataDir().toAbsolutePath().normalize(), filesRoot,
                    resources);
            node.listen(files, hostKey);
            return node;
        } catch (IOException | RuntimeException e) {
            closeAll(resources, e);
            throw e;
        }
    }

    /** The state a durable node powers on with: the saved one, a restored one (saved first), or none. */
    private static Optional<ApplianceState> savedState(FileStateStore store, Path applianceDir, String id,
            NodeContext context) throws IOException {
        if (context.restored() != null) {
            store.save(context.restored());
            return Optional.of(context.restored());
        }
        if (context.factoryNew()) {
            deleteTree(applianceDir.resolve("files"));
            return Optional.empty();
        }
        return store.load(id);
    }

    private void listen(DirectoryFileArea files, Path hostKey) throws IOException {
        SharedThreads shared = context.threads();
        InetSocketAddress sshBind = new InetSocketAddress(options.bindAddress(), options.sshPort());
        try {
            ssh = shared == null ? SshListener.start(lunash, files, sshBind, hostKey)
                    : SshListener.start(lunash, files, sshBind, hostKey, shared.io(), shared.shells(),
                            shared.sshTimer());
        } catch (IOException e) {
            throw cannotListen("lunash (ssh)", sshBind, e);
        }
        resources.push(ssh);
        InetSocketAddress consoleBind = new InetSocketAddress(options.bindAddress(), options.consolePort());
        try {
            console = shared == null ? ConsoleListener.start(lunash, consoleBind)
                    : ConsoleListener.start(lunash, consoleBind, shared.io(), shared.shells());
        } catch (IOException e) {
            throw cannotListen("the serial console", consoleBind, e);
        }
        resources.push(console);
        InetSocketAddress ntlsBind = new InetSocketAddress(options.bindAddress(), options.ntlsPort());
        try {
            ntls = shared == null ? NtlsListener.start(appliance, issuer, ntlsBind)
                    : NtlsListener.start(appliance, issuer, ntlsBind, shared.io(), shared.ntlsWorkers());
        } catch (IOException e) {
            throw cannotListen("NTLS", ntlsBind, e);
        }
        resources.push(ntls);
    }

    /** A bind failure that says which port, e.g. {@code cannot listen for lunash (ssh) on 127.0.0.1:2222}. */
    private static IOException cannotListen(String what, InetSocketAddress bind, IOException cause) {
        if (bind.isUnresolved()) {
            return new IOException("cannot listen for " + what + ": unknown address " + bind.getHostString(), cause);
        }
        String where = bind.getAddress().getHostAddress() + ":" + bind.getPort();
        boolean bindFailure = false;
        String reason = cause.getClass().getSimpleName();
        for (Throwable t = cause; t != null; t = t.getCause()) {
            bindFailure |= t instanceof BindException;
            reason = t.getMessage() == null ? reason : t.getMessage();
        }
        String message = "cannot listen for " + what + " on " + where + ": " + reason;
        IOException failure = bindFailure ? new BindException(message) : new IOException(message);
        failure.initCause(cause);
        return failure;
    }

    private static ApplianceConfig config(NodeOptions options, NodeContext context) {
        return ApplianceConfig.azure(options.applianceId(), options.hsmSerial()).withProfile(options.profile())
                .withAddress(context.address());
    }

    /** Keeps hold of the state a factory-new appliance saves while it is set up, so a snapshot can read it. */
    private static final class StateCapture implements StateSink {
        private final StateSink delegate;
        private ApplianceState captured;

        StateCapture(StateSink delegate) {
            this.delegate = delegate;
        }

        @Override
        public void save(ApplianceState state) {
            captured = state;
            delegate.save(state);
        }

        ApplianceState captured() {
            if (captured == null) {
                throw new IllegalStateException("a factory-new appliance saves its state once");
            }
            return captured;
        }
    }

    public Appliance appliance() {
        return appliance;
    }

    /** The appliance's state as a snapshot holds it (the state file's JSON), read under the appliance lock. */
    byte[] encodeState(StateCodec codec) {
        return appliance.transact(tx -> codec.encode(state));
    }

    /** Makes NTLS server certificates for this appliance ({@code sysconf regenCert}, the control plane). */
    public CertificateIssuer certificateIssuer() {
        return issuer;
    }

    NodeContext context() {
        return context;
    }

    public Lunash lunash() {
        return lunash;
    }

    public Clock clock() {
        return options.clock();
    }

    public NodeOptions options() {
        return options;
    }

    /** Where lunash answers over SSH (the real port when the options asked for port 0). */
    public InetSocketAddress sshAddress() {
        return ssh.address();
    }

    /** Where the serial console answers, as raw TCP. */
    public InetSocketAddress consoleAddress() {
        return console.address();
    }

    /** Where NTLS answers (TCP 1792 on a real appliance). */
    public InetSocketAddress ntlsAddress() {
        return ntls.address();
    }

    /** The data directory, or empty for an ephemeral appliance. */
    public Optional<Path> dataDir() {
        return Optional.ofNullable(stateDir);
    }

    /** Where the accounts' file areas (scp/sftp homes) live: {@code <appliance-dir>/files}. */
    public Path filesRoot() {
        return filesRoot;
    }

    /** Stops the listeners, releases the data directory and deletes an ephemeral appliance's files. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        closeAll(resources, null);
    }

    /** Holds the appliance directory for this process, so two emulators never write one state file. */
    private static AutoCloseable lock(Path applianceDir) throws IOException {
        Path lockFile = applianceDir.resolve("lock");
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new IOException(applianceDir + " is in use by another dhsm process");
        }
        FileLock held = lock;
        return () -> {
            held.release();
            channel.close();
        };
    }

    private static void closeAll(Deque<AutoCloseable> resources, Exception primary) {
        while (!resources.isEmpty()) {
            try {
                resources.pop().close();
            } catch (Exception e) {
                if (primary != null) {
                    primary.addSuppressed(e);
                }
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
