package dev.dhsm.conformance.steps;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The repository's {@code fixtures/} directory (test packages, certificates, transcripts): from the
 * {@code dhsm.fixtures.dir} system property, else the nearest {@code fixtures/} above the working directory, else
 * the copy bundled with the harness ({@code dhsm/fixtures/} on the class path, as {@code dhsm check} runs from its jar).
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
        return nearest().orElseThrow(() -> new IllegalStateException("No fixtures/ directory above "
                + Paths.get("").toAbsolutePath() + "; set -D" + PROPERTY));
    }

    private static java.util.Optional<Path> nearest() {
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("fixtures");
            if (Files.isDirectory(candidate.resolve("packages"))) {
                return java.util.Optional.of(candidate);
            }
        }
        return java.util.Optional.empty();
    }

    static byte[] read(String relative) {
        if (System.getProperty(PROPERTY) == null && !nearest().isPresent()) {
            try (java.io.InputStream in = Fixtures.class.getResourceAsStream("/dhsm/fixtures/" + relative)) {
                if (in != null) {
                    return in.readAllBytes();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled fixture " + relative, e);
            }
        }
        Path file = root().resolve(relative);
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read fixture " + file, e);
        }
    }
}
