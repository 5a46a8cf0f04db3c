package dev.dhsm.client;

import dev.dhsm.wire.message.Octets;
import java.util.Locale;
import java.util.Optional;

/**
 * The named elliptic curves a Luna client asks the partition for, with the DER-encoded OID that goes into
 * {@code CKA_EC_PARAMS}. The emulated firmware offers P-256 and P-384.
 */
public enum EcCurve {
    P256("P-256", "06082a8648ce3d030107"),
    P384("P-384", "06052b81040022"),
    P521("P-521", "06052b81040023");

    private final String displayName;
    private final String derHex;

    EcCurve(String displayName, String derHex) {
        this.displayName = displayName;
        this.derHex = derHex;
    }

    /** {@code P-256}, {@code P-384}, {@code P-521}. */
    public String displayName() {
        return displayName;
    }

    /** The {@code CKA_EC_PARAMS} value: the curve's OID, DER-encoded. */
    public Octets ecParams() {
        return Octets.fromHex(derHex);
    }

    /** A curve by its usual names: {@code P-256}, {@code p256}, {@code secp256r1}, {@code prime256v1}... */
    public static Optional<EcCurve> parse(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace("-", "");
        return switch (n) {
            case "p256", "secp256r1", "prime256v1" -> Optional.of(P256);
            case "p384", "secp384r1" -> Optional.of(P384);
            case "p521", "secp521r1" -> Optional.of(P521);
            default -> Optional.empty();
        };
    }
}
