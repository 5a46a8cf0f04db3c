package dev.dhsm.app;

import dev.dhsm.appliance.console.ConsoleListener;
import dev.dhsm.appliance.files.DirectoryFileArea;
import dev.dhsm.appliance.lunash.Lunash;
import dev.dhsm.appliance.ssh.SshListener;
import dev.dhsm.model.Appliance;
import dev.dhsm.model.ApplianceConfig;
import dev.dhsm.model.ApplianceState;
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
 * lunash, and the network ports it answers on (lunash over SSH, the serial console). Closing it powers it
 * off: the listeners stop and an ephemeral appliance's files are deleted.
 */
public final class ApplianceNode implements AutoCloseable {
    private final NodeOptions options;
    private final Appliance appliance;
    private final Lunash lunash;
    private final Path stateDir;
    private final Path filesRoot;
    private final Deque<AutoCloseable> resources;
    private SshListener ssh;
    private ConsoleListener console;
    private boolean closed;

    private ApplianceNode(NodeOptions options, Appliance appliance, Path stateDir, Path filesRoot,
                          Deque<AutoCloseable> resources) {
        this.options = options;
        this.appliance = appliance;
        this.lunash = new Lunash(appliance);
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
                saved = Optional.empty();
                hostKey = null;
            } else {
                FileStateStore store = new FileStateStore(options.dataDir());
                applianceDir = store.applianceDir(options.applianceId());
                FileStateStore.createPrivateDirectories(applianceDir);
                resources.push(lock(applianceDir));
                sink = store;
                saved = store.load(options.applianceId());
                hostKey = applianceDir.resolve("ssh_host_key");
            }
            Path filesRoot = applianceDir.resolve("files");
            FileStateStore.createPrivateDirectories(filesRoot);
            DirectoryFileArea files = new DirectoryFileArea(filesRoot);
            Appliance appliance = saved.isPresent()
                    ? Appliance.fromState(saved.get(), options.clock(), sink, files)
                    : Appliance.factoryNew(config(options), options.clock(), sink, files);
            ApplianceNode node = new ApplianceNode(options, appliance,
                    options.isEphemeral() ? null : options.dataDir().toAbsolutePath().normalize(), filesRoot,
                    resources);
            node.listen(files, hostKey);
            return node;
        } catch (IOException | RuntimeException e) {
            closeAll(resources, e);
            throw e;
        }
    }

    private void listen(DirectoryFileArea files, Path hostKey) throws IOException {
        InetSocketAddress sshBind = new InetSocketAddress(options.bindAddress(), options.sshPort());
        try {
            ssh = SshListener.start(lunash, files, sshBind, hostKey);
        } catch (IOException e) {
            throw cannotListen("lunash (ssh)", sshBind, e);
        }
        resources.push(ssh);
        InetSocketAddress consoleBind = new InetSocketAddress(options.bindAddress(), options.consolePort());
        try {
            console = ConsoleListener.start(lunash, consoleBind);
        } catch (IOException e) {
            throw cannotListen("the serial console", consoleBind, e);
        }
        resources.push(console);
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

    private static ApplianceConfig config(NodeOptions options) {
        return ApplianceConfig.azure(options.applianceId(), options.hsmSerial()).withProfile(options.profile());
    }

    public Appliance appliance() {
        return appliance;
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

    private static void deleteTree(Path root) throws IOException {
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
