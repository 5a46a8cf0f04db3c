package dev.dhsm.conformance.target;

/**
 * A failure code as lunash prints it inside an {@code Error:} line, e.g. {@code (A00000 : LUNA_RET_UM_PIN_INCORRECT)}:
 * upper-case hex without {@code 0x}, and the symbolic name.
 */
public record LunaCode(String hex, String name) {
    /** Parses {@code "A00000 : LUNA_RET_UM_PIN_INCORRECT"} or a bare name such as {@code "LUNA_RET_UM_PIN_INCORRECT"}. */
    public static LunaCode parse(String text) {
        String t = text.trim();
        if (t.startsWith("(") && t.endsWith(")")) {
            t = t.substring(1, t.length() - 1).trim();
        }
        int colon = t.indexOf(':');
        if (colon < 0) {
            return new LunaCode(null, t);
        }
        return new LunaCode(t.substring(0, colon).trim(), t.substring(colon + 1).trim());
    }

    /** Whether {@code other} names this code; a missing hex in {@code other} matches any hex. */
    public boolean matches(LunaCode other) {
        return name.equals(other.name) && (other.hex == null || other.hex.equalsIgnoreCase(hex));
    }

    @Override
    public String toString() {
        return hex == null ? name : hex + " : " + name;
    }
}
