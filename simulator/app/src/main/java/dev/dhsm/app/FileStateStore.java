package dev.dhsm.app;

import dev.dhsm.model.ApplianceState;
import dev.dhsm.model.StateSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The appliance's non-volatile storage: each appliance's state lives at
 * {@code <data-dir>/appliances/<id>/state.json}, and a change is on disk (written to a temporary file,
 * forced, renamed over the old one, directory forced) before {@link #save} returns, so it survives a restart
 * and {@code kill -9}. A file that cannot be read is refused and never overwritten.
 */
public final class FileStateStore implements StateSink {
    static final String STATE_FILE = "state.json";
    private static final String TEMP_FILE = ".state.json.tmp";
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private final Path dataDir;
    private final StateCodec codec = new StateCodec();
    private final Set<String> refused = ConcurrentHashMap.newKeySet();

    public FileStateStore(Path dataDir) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The directory of one appliance: state, SSH host key, file areas. */
    public Path applianceDir(String id) {
        if (id == null || !id.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException("appliance id must be letters, digits, '.', '_' or '-': " + id);
        }
        return dataDir.resolve("appliances").resolve(id);
    }

    public Path stateFile(String id) {
        return applianceDir(id).resolve(STATE_FILE);
    }

    /**
     * The saved state of an appliance, or empty when it has none yet.
     *
     * @throws StateFileRefusedException when the file is corrupt or of a newer format; it is left as it is
     *     and this store will not save over it
     */
    public Optional<ApplianceState> load(String id) throws IOException {
        Path file = stateFile(id);
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        try {
            return Optional.of(codec.decode(content, file, id));
        } catch (StateFileRefusedException e) {
            refused.add(id);
            throw e;
        }
    }

    /** Makes the state durable; throws {@link UncheckedIOException} when the disk refuses. */
    @Override
    public void save(ApplianceState state) {
        if (refused.contains(state.id())) {
            throw new IllegalStateException("not overwriting the refused state file " + stateFile(state.id()));
        }
        byte[] content = codec.encode(state);
        try {
            write(applianceDir(state.id()), content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the state of appliance " + state.id() + " to "
                    + stateFile(state.id()) + ": " + e.getMessage(), e);
        }
    }

    private synchronized void write(Path dir, byte[] content) throws IOException {
        createPrivateDirectories(dir);
        Path temp = dir.resolve(TEMP_FILE);
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            if (POSIX) {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            }
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        try {
            Files.move(temp, dir.resolve(STATE_FILE), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the file system of " + dir + " cannot rename atomically", e);
        }
        forceDirectory(dir);
    }

    /** Creates the appliance directory (owner-only on POSIX: it holds password hashes) and forces its parents. */
    static void createPrivateDirectories(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        Path parent = dir.getParent();
        if (parent != null) {
            createPrivateDirectories(parent);
        }
        if (POSIX) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(dir);
        }
        if (parent != null) {
            forceDirectory(parent);
        }
    }

    /** Makes a rename or a new entry in the directory durable; a no-op where directories cannot be opened. */
    static void forceDirectory(Path dir) throws IOException {
        if (!POSIX) {
            return;
        }
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }
}
