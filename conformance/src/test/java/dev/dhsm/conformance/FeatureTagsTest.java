package dev.dhsm.conformance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dhsm.conformance.catalogue.Catalogue;
import dev.dhsm.conformance.catalogue.FeatureTagChecker;
import dev.dhsm.conformance.catalogue.TagViolation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Design rule 6, enforced on the real suite: every scenario under features/ is tagged as the catalogue requires. */
class FeatureTagsTest {
    private static final Path FEATURES = Paths.get(System.getProperty("dhsm.features.dir", "../features"));

    @Test
    void everyScenarioIsTaggedAsTheCatalogueRequires() {
        List<TagViolation> violations = new FeatureTagChecker(Catalogue.standard()).checkTree(FEATURES);
        assertTrue(violations.isEmpty(), () -> "Scenarios with wrong tags (design rule 6):\n"
                + violations.stream().map(v -> "  " + v).collect(Collectors.joining("\n")));
    }

    @Test
    void theSuiteIsNotEmpty() throws Exception {
        try (Stream<Path> files = Files.walk(FEATURES)) {
            assertFalse(files.noneMatch(p -> p.toString().endsWith(".feature")), "no feature files under " + FEATURES);
        }
    }
}
