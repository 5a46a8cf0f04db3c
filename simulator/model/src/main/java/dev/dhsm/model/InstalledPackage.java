package dev.dhsm.model;

/** A software package installed on the appliance, as {@code package list} shows it. */
public record InstalledPackage(String name, String version, String section) {
    public static final String SYSTEM = "SYSTEM";
    public static final String SOFTWARE = "SOFTWARE";

    public String displayName() {
        return name + "-" + version;
    }
}
