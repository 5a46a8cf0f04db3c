package dev.dhsm.model;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * An appliance software package ({@code .spkg}) as uploaded to the admin's file area. The emulator's
 * packages are short text manifests: a {@code dhsm-spkg 1} first line, then {@code Package:},
 * {@code Version:} and {@code Authcode:} lines.
 */
public record PackageFile(String name, String version, String authcode) {
    /** The package that fixes the hanging reboot (Thales KB0019789). */
    public static final String REBOOT_PATCH = "lunasa_kb0019789";

    /** Parses a package, or throws the appliance's error for a file that is not one. */
    public static PackageFile parse(String fileName, byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        String[] lines = text.split("\r?\n");
        if (lines.length == 0 || !lines[0].trim().equals("dhsm-spkg 1")) {
            throw invalid(fileName);
        }
        Map<String, String> fields = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                fields.put(lines[i].substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT),
                        lines[i].substring(colon + 1).trim());
            }
        }
        String name = fields.get("package");
        String version = fields.get("version");
        String authcode = fields.get("authcode");
        if (name == null || name.isEmpty() || version == null || version.isEmpty() || authcode == null) {
            throw invalid(fileName);
        }
        return new PackageFile(name, version, authcode);
    }

    private static LunaException invalid(String fileName) {
        return LunaException.withDetail(LunaError.RC_FILE_ERROR,
                "The file " + fileName + " is not a valid software package.");
    }
}
