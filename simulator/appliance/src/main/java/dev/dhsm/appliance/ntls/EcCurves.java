package dev.dhsm.appliance.ntls;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;

/**
 * The elliptic curves a Luna partition generates keys on, by the DER-encoded named-curve OID that PKCS#11
 * carries in {@code CKA_EC_PARAMS}, and the curve names the model uses for them.
 *
 * <pre>
 * name    OID                   CKA_EC_PARAMS (DER)
 * P-256   1.2.840.10045.3.1.7   06 08 2A 86 48 CE 3D 03 01 07
 * P-384   1.3.132.0.34          06 05 2B 81 04 00 22
 * </pre>
 */
final class EcCurves {

    private static final HexFormat HEX = HexFormat.of();
    private static final Map<String, byte[]> PARAMS = Map.of(
            "P-256", HEX.parseHex("06082a8648ce3d030107"),
            "P-384", HEX.parseHex("06052b81040022"));

    private EcCurves() {
    }

    /**
     * The model's name of the curve in {@code ecParams}; an OID the partition does not know keeps its hex form,
     * for the model to refuse.
     */
    static String name(byte[] ecParams) {
        for (Map.Entry<String, byte[]> curve : PARAMS.entrySet()) {
            if (Arrays.equals(curve.getValue(), ecParams)) {
                return curve.getKey();
            }
        }
        return "EC params " + HEX.formatHex(ecParams);
    }

    /** {@code CKA_EC_PARAMS} of a curve the model names, or null for a name not in the table. */
    static byte[] params(String name) {
        byte[] der = name == null ? null : PARAMS.get(name);
        return der == null ? null : der.clone();
    }
}
