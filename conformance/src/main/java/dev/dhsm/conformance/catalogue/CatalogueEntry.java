package dev.dhsm.conformance.catalogue;

import java.util.EnumSet;
import java.util.Set;

/** One documented failure mode (FM-nn): its title and the hazard levels a scenario about it may declare. */
public record CatalogueEntry(String id, String title, Set<Hazard> hazards) {
    public CatalogueEntry {
        if (hazards.isEmpty()) {
            throw new IllegalArgumentException(id + " has no hazard");
        }
        hazards = Set.copyOf(EnumSet.copyOf(hazards));
    }

    /** The mildest hazard a scenario about this mode may declare. */
    public Hazard least() {
        return EnumSet.copyOf(hazards).iterator().next();
    }

    /** The most severe hazard a scenario about this mode may declare. */
    public Hazard most() {
        Hazard most = Hazard.SAFE;
        for (Hazard h : hazards) {
            if (h.compareTo(most) > 0) {
                most = h;
            }
        }
        return most;
    }
}
