package dev.dhsm.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dhsm.conformance.catalogue.Catalogue;
import dev.dhsm.conformance.check.CatalogueCoverage;
import dev.dhsm.conformance.check.RunResults;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The build's check that the suite covers the catalogue: the in-process run (Surefire, before this) must have
 * passed at least one scenario for each of FM-01..FM-25. It reads the Cucumber messages that run wrote.
 */
class CatalogueCoverageIT {
    @Test
    void everyCatalogueIdHasAPassingScenarioOnTheEmulator() {
        String filter = System.getProperty("cucumber.filter.tags");
        Assumptions.assumeTrue(filter == null || filter.isBlank(),
                () -> "the run was filtered with cucumber.filter.tags=" + filter + ", so it cannot cover the catalogue");
        Path messages = Path.of(System.getProperty("dhsm.inprocess.messages", "target/cucumber-reports/cucumber.ndjson"));
        List<String> missing = CatalogueCoverage.uncovered(Catalogue.standard(), RunResults.read(messages));
        assertTrue(missing.isEmpty(), () -> missing.size() + " catalogue IDs have no passing scenario in the in-process run ("
                + messages + "):\n  " + String.join("\n  ", missing));
    }
}
