package dev.dhsm.app.arm;

import java.util.regex.Pattern;

/**
 * The emulated Azure AD tenant: one tenant, one subscription it owns, one service principal with a secret, and
 * the audience its tokens are for. These are the emulator's own, fixed values (none is a real Azure identity).
 */
public final class ArmIdentity {
    public static final String TENANT = "7d5e4c3b-2a19-4f08-9e6d-1c2b3a4d5e6f";
    public static final String SUBSCRIPTION = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";
    public static final String CLIENT_ID = "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d";
    public static final String CLIENT_SECRET = "dhsm-emulator-secret";
    public static final String AUDIENCE = "https://management.dhsm.local/";
    public static final String SUBSCRIPTION_NAME = "dhsm emulated subscription";
    private static final Pattern GUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private ArmIdentity() {
    }

    public static boolean isGuid(String s) {
        return s != null && GUID.matcher(s).matches();
    }
}
