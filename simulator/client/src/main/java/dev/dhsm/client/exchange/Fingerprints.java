package dev.dhsm.client.exchange;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.HexFormat;

/**
 * Compares a certificate with the fingerprint lunash's {@code client fingerprint} prints: MD5 on Luna 5 captures,
 * SHA-1 on the emulated 7.2 appliance; either is accepted, colons and case ignored.
 */
final class Fingerprints {

    private Fingerprints() {
    }

    static boolean matches(X509Certificate certificate, String shownHex) {
        String shown = shownHex.replace(":", "").trim();
        return shown.equalsIgnoreCase(digest("SHA-1", certificate)) || shown.equalsIgnoreCase(digest("MD5", certificate));
    }

    private static String digest(String algorithm, X509Certificate certificate) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(certificate.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot compute " + algorithm, e);
        }
    }
}
