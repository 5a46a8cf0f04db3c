package dev.dhsm.conformance.check;

import dev.dhsm.conformance.catalogue.Catalogue;
import dev.dhsm.conformance.catalogue.CatalogueEntry;
import java.util.ArrayList;
import java.util.List;

/**
 * The suite's promise to the catalogue: every failure mode has at least one scenario that passed in a run. Lists the
 * IDs that have none, each with what the run did have for it.
 */
public final class CatalogueCoverage {
    private CatalogueCoverage() {
    }

    /** One line per catalogue ID without a passing scenario in {@code results}; empty when every ID is covered. */
    public static List<String> uncovered(Catalogue catalogue, RunResults results) {
        List<String> missing = new ArrayList<>();
        for (CatalogueEntry e : catalogue.entries()) {
            ReadinessRow row = ReadinessRow.of(e, results.scenarios());
            if (row.verdict() != ReadinessRow.Verdict.PASSED) {
                missing.add(e.id() + " (" + e.title() + "): " + switch (row.verdict()) {
                    case NOT_RUN -> "no scenario is tagged @" + e.id();
                    case SKIPPED -> "every scenario was skipped: " + row.detail();
                    case FAILED -> "failed: " + row.detail();
                    case PASSED -> "";
                });
            }
        }
        return missing;
    }
}
