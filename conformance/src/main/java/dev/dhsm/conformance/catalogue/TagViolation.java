package dev.dhsm.conformance.catalogue;

/** A scenario whose tags break design rule 6, with where it is and what is wrong. */
public record TagViolation(String file, long line, String scenario, String problem) {
    @Override
    public String toString() {
        return file + ":" + line + " '" + scenario + "': " + problem;
    }
}
