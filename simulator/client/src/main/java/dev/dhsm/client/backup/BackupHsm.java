package dev.dhsm.client.backup;

import dev.dhsm.client.LunaClientException;
import dev.dhsm.client.ReturnCodes;
import dev.dhsm.client.Slot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An emulated Luna Backup HSM attached to the client, kept in a directory ({@code Backup = { Directory = ...; }} in
 * {@code Chrystoki.conf}): it shows as one more slot, and holds named backup partitions, one file each
 * ({@code <name>.bkp}, see {@link BackupFileFormat}). Writes go through a temporary file and a rename, so a
 * partition is either the old one or the new one.
 */
public final class BackupHsm {

    /** How LunaCM shows the device. */
    public static final String MODEL = "G5Backup";
    public static final String FIRMWARE = "6.28.0";
    public static final String LABEL = "Backup HSM";
    public static final String CONFIGURATION = "Luna Backup HSM";
    public static final String DESCRIPTION = "Backup Device";
    private static final String SUFFIX = ".bkp";

    private final Path directory;
    private final String serial;

    /**
     * @param directory where the backup partitions live (created when first written)
     * @param serial    the device serial LunaCM shows
     */
    public BackupHsm(Path directory, String serial) {
        this.directory = directory.toAbsolutePath().normalize();
        this.serial = serial;
    }

    public Path directory() {
        return directory;
    }

    /** The device as slot {@code slotId} of the client's slot list. */
    public Slot slot(long slotId) {
        return new Slot(slotId, "", serial, LABEL, MODEL, FIRMWARE, CONFIGURATION, DESCRIPTION, true);
    }

    /** Every backup partition, by name. */
    public List<BackupPartition> list() {
        List<BackupPartition> out = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*" + SUFFIX)) {
            for (Path file : files) {
                out.add(read(file));
            }
        } catch (IOException e) {
            throw fileError("cannot list " + directory, e);
        }
        out.sort(Comparator.comparing(BackupPartition::name));
        return out;
    }

    public Optional<BackupPartition> find(String name) {
        if (!BackupPartition.isValidName(name)) {
            return Optional.empty();
        }
        Path file = fileOf(name);
        return Files.isRegularFile(file) ? Optional.of(read(file)) : Optional.empty();
    }

    /** Writes (creates or replaces) a backup partition. */
    public void store(BackupPartition partition) {
        Path file = fileOf(partition.name());
        try {
            Files.createDirectories(directory);
            Path temp = Files.createTempFile(directory, ".writing-", ".tmp");
            Files.writeString(temp, BackupFileFormat.encode(partition), StandardCharsets.UTF_8);
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw fileError("cannot write " + file, e);
        }
    }

    /** Deletes a backup partition; {@code RC_OBJECT_NOT_IN_LIST} if there is none of that name. */
    public void delete(String name) {
        if (find(name).isEmpty()) {
            throw notFound(name);
        }
        try {
            Files.delete(fileOf(name));
        } catch (IOException e) {
            throw fileError("cannot delete " + fileOf(name), e);
        }
    }

    /** The {@code RC_OBJECT_NOT_IN_LIST} failure for an unknown backup partition. */
    public static LunaClientException notFound(String name) {
        return new LunaClientException(ReturnCodes.RC_OBJECT_NOT_IN_LIST,
                "there is no backup partition named " + name);
    }

    private Path fileOf(String name) {
        return directory.resolve(name + SUFFIX);
    }

    private static BackupPartition read(Path file) {
        try {
            return BackupFileFormat.decode(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException e) {
            throw fileError("cannot read the backup partition " + file, e);
        }
    }

    private static LunaClientException fileError(String message, Exception cause) {
        return new LunaClientException(ReturnCodes.RC_FILE_ERROR, message + ": " + cause.getMessage(), cause);
    }
}
