package dev.dhsm.model;

import java.util.List;

/**
 * Appliance software packages: {@code package list}, and {@code package update} of a package uploaded
 * to the account's file area (such as the KB0019789 reboot patch, absent on a factory-fresh Azure device).
 */
public final class PackageOperations {
    private final ApplianceTx tx;

    PackageOperations(ApplianceTx tx) {
        this.tx = tx;
    }

    public List<InstalledPackage> list() {
        return List.copyOf(tx.state().packages());
    }

    public boolean rebootPatchInstalled() {
        return tx.state().packages().stream().anyMatch(p -> p.name().equals(PackageFile.REBOOT_PATCH));
    }

    /** Reads, checks and installs a package from the session's file area. */
    public InstalledPackage update(ShellSession session, String fileName, String authcode) {
        byte[] content = tx.files().read(session.account(), fileName).orElseThrow(() ->
                LunaException.withDetail(LunaError.RC_FILE_ERROR, "The file " + fileName
                        + " does not exist. Use 'scp' to copy it to the appliance first."));
        PackageFile pkg = PackageFile.parse(fileName, content);
        if (authcode == null || !authcode.equals(pkg.authcode())) {
            throw LunaException.withDetail(LunaError.RC_DATA_INVALID,
                    "The authorization code does not match the package " + fileName + ".");
        }
        boolean already = tx.state().packages().stream()
                .anyMatch(p -> p.name().equals(pkg.name()) && p.version().equals(pkg.version()));
        if (already) {
            throw LunaException.withDetail(LunaError.RC_OBJECT_ALREADY_EXISTS,
                    "Package " + pkg.name() + "-" + pkg.version() + " is already installed.");
        }
        tx.state().packages().removeIf(p -> p.name().equals(pkg.name()));
        InstalledPackage installed = new InstalledPackage(pkg.name(), pkg.version(), InstalledPackage.SOFTWARE);
        tx.state().packages().add(installed);
        tx.log("messages", "local0", "notice", "package", "package installed: " + installed.displayName()
                + " from " + fileName);
        tx.markDirty();
        return installed;
    }
}
