package dev.dhsm.wire.tls;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;

/** The certificates the TLS tests share, made once from a seeded random source at a fixed "now". */
public final class TestCertificates {

    /** The tests' clock reading. */
    public static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");
    private static final Duration DAY = Duration.ofDays(1);
    private static final Duration TEN_YEARS = Duration.ofDays(3653);

    private static final SelfSignedCertificates FACTORY = new SelfSignedCertificates(seeded(1792));

    /** Made first, from a fresh factory state, so {@code SelfSignedCertificatesTest} can make it again. */
    public static final CertifiedKey APPLIANCE =
            FACTORY.applianceCertificate("1234567", BigInteger.ZERO, NOW.minus(DAY), NOW.plus(TEN_YEARS));
    /** Another appliance's certificate; it shares APPLIANCE's key, which the pinning check must not care about. */
    public static final CertifiedKey OTHER_APPLIANCE = FACTORY.certify(
            keys(APPLIANCE), "7654321", BigInteger.ZERO, NOW.minus(DAY), NOW.plus(TEN_YEARS));
    public static final CertifiedKey CLIENT =
            FACTORY.clientCertificate("client-01", BigInteger.ONE, NOW.minus(DAY), NOW.plus(TEN_YEARS));
    // The other clients share CLIENT's key: the appliance compares whole certificates, not keys.
    public static final CertifiedKey STRANGER = FACTORY.certify(
            keys(CLIENT), "stranger", BigInteger.TWO, NOW.minus(DAY), NOW.plus(TEN_YEARS));
    public static final CertifiedKey LAPSED = FACTORY.certify(
            keys(CLIENT), "lapsed", BigInteger.valueOf(3), NOW.minus(TEN_YEARS), NOW.minus(DAY));
    public static final CertifiedKey EARLY = FACTORY.certify(
            keys(CLIENT), "early", BigInteger.valueOf(4), NOW.plus(DAY), NOW.plus(TEN_YEARS));

    private TestCertificates() {
    }

    private static KeyPair keys(CertifiedKey identity) {
        return new KeyPair(identity.certificate().getPublicKey(), identity.privateKey());
    }

    /** A SHA1PRNG seeded before first use, which makes it deterministic. */
    public static SecureRandom seeded(long seed) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed);
            return random;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
