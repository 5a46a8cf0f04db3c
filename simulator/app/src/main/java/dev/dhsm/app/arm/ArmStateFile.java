package dev.dhsm.app.arm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The facade's state on disk, {@code <data-dir>/arm/state.json}: written to a temporary file, forced, and
 * renamed over the old one, so a restart or {@code kill -9} finds either the old state or the new one. A file
 * of a newer format, or one that cannot be read, stops the start rather than being overwritten.
 */
final class ArmStateFile implements ArmStore {
    private final Path dir;
    private final Path file;

    ArmStateFile(Path dataDir) {
        this.dir = dataDir.resolve("arm");
        this.file = dir.resolve("state.json");
    }

    @Override
    public Optional<ArmState> load() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        ArmState state;
        try {
            state = ArmJson.readState(bytes);
        } catch (IOException e) {
            throw new IllegalStateException(file + " is not an ARM state file this emulator can read ("
                    + e.getMessage() + "); move it away to start afresh");
        }
        if (state.format > ArmState.FORMAT) {
            throw new IllegalStateException(file + " has format " + state.format + "; this emulator reads format "
                    + ArmState.FORMAT + " (move it away to start afresh)");
        }
        return Optional.of(state);
    }

    @Override
    public void save(ArmState state) {
        byte[] bytes = ArmJson.writeState(state);
        Path temp = dir.resolve(".state.json.tmp");
        try {
            Files.createDirectories(dir);
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                out.force(true);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
                d.force(true);
            } catch (IOException e) {
                // some file systems cannot force a directory; the rename is still atomic
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
