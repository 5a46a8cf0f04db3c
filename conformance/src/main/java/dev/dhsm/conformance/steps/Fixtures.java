package dev.dhsm.conformance.steps;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The repository's {@code fixtures/} directory (test packages, certificates, transcripts): from the
 * {@code dhsm.fixtures.dir} system property, else the nearest {@code fixtures/} above the working directory.
 */
final class Fixtures {
    static final String PROPERTY = "dhsm.fixtures.dir";

    private Fixtures() {
    }

    static Path root() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null) {
            return Paths.get(configured);
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("fixtures");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No fixtures/ directory above " + Paths.get("").toAbsolutePath()
                + "; set -D" + PROPERTY);
    }

    static byte[] read(String relative) {
        Path file = root().resolve(relative);
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read fixture " + file, e);
        }
    }
}
