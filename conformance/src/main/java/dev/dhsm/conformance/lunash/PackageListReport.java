package dev.dhsm.conformance.lunash;

import dev.dhsm.conformance.target.LunashResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * The packages {@code package list} shows, one {@code <name>-<version>} line each under the
 * {@code RPM LIST (SYSTEM)} and {@code RPM LIST (SOFTWARE)} headings.
 */
public final class PackageListReport {
    private final List<String> entries;

    private PackageListReport(List<String> entries) {
        this.entries = List.copyOf(entries);
    }

    public static PackageListReport parse(LunashResponse response) {
        List<String> entries = new ArrayList<>();
        for (String line : response.lines()) {
            String t = line.trim();
            if (t.isEmpty() || t.startsWith("RPM LIST") || t.chars().allMatch(c -> c == '-')
                    || t.startsWith("Command Result")) {
                continue;
            }
            entries.add(t);
        }
        return new PackageListReport(entries);
    }

    public List<String> entries() {
        return entries;
    }

    /** Whether a package of this name is listed ({@code name} or {@code name-<version>}). */
    public boolean has(String name) {
        return entries.stream().anyMatch(e -> e.equals(name) || e.startsWith(name + "-") || e.startsWith(name + " "));
    }
}
