package dev.dhsm.appliance.files;

import dev.dhsm.model.FileArea;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Each appliance shell account's home directory (what {@code my file list} shows and where scp and sftp
 * land), kept as one directory per account under a root: {@code root/<account>/<file>}. File names are
 * flat: a name with a path separator or {@code ..} is refused, so nothing outside a home is reachable.
 */
public final class DirectoryFileArea implements FileArea {
    private static final String TEMP_PREFIX = ".dhsm-upload-";

    private final Path root;

    public DirectoryFileArea(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The account's home directory, created on first use. */
    public Path homeOf(String account) {
        if (!isPlainName(account)) {
            throw new IllegalArgumentException("not an account name: " + account);
        }
        Path home = root.resolve(account);
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the home of " + account, e);
        }
        return home;
    }

    @Override
    public Optional<byte[]> read(String account, String fileName) {
        if (!isPlainName(account) || !isPlainName(fileName)) {
            return Optional.empty();
        }
        Path file = root.resolve(account).resolve(fileName);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public List<String> list(String account) {
        if (!isPlainName(account)) {
            return List.of();
        }
        Path home = root.resolve(account);
        if (!Files.isDirectory(home, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(home)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (!name.startsWith(TEMP_PREFIX) && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the home of " + account, e);
        }
        names.sort(null);
        return List.copyOf(names);
    }

    /** Writes a file whole: readers see the old content or the new one, never half of it. */
    @Override
    public void write(String account, String fileName, byte[] content) {
        if (!isPlainName(fileName)) {
            throw new IllegalArgumentException("not a plain file name: " + fileName);
        }
        Path home = homeOf(account);
        try {
            Path temp = Files.createTempFile(home, TEMP_PREFIX, ".tmp");
            try {
                Files.write(temp, content);
                Files.move(temp, home.resolve(fileName), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + fileName + " for " + account, e);
        }
    }

    @Override
    public void delete(String account, String fileName) {
        if (!isPlainName(account) || !isPlainName(fileName)) {
            return;
        }
        try {
            Path file = root.resolve(account).resolve(fileName);
            if (!Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + fileName + " for " + account, e);
        }
    }

    /** Empties every home (files and any directories made over sftp); the homes themselves stay. */
    @Override
    public void clearAll() {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (DirectoryStream<Path> homes = Files.newDirectoryStream(root)) {
            for (Path home : homes) {
                if (Files.isDirectory(home, LinkOption.NOFOLLOW_LINKS)) {
                    emptyDirectory(home);
                } else {
                    Files.delete(home);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear the file area " + root, e);
        }
    }

    private static void emptyDirectory(Path home) throws IOException {
        Files.walkFileTree(home, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                if (failure != null) {
                    throw failure;
                }
                if (!dir.equals(home)) {
                    Files.delete(dir);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** A single path element that cannot climb out of its directory. */
    static boolean isPlainName(String name) {
        return name != null && !name.isEmpty() && !name.equals(".") && !name.contains("..")
                && name.indexOf('/') < 0 && name.indexOf('\\') < 0 && name.indexOf('\0') < 0;
    }
}
