package dev.dhsm.appliance.ntls;

import dev.dhsm.model.CertificateIssuer;
import dev.dhsm.model.ServerCertificate;
import dev.dhsm.wire.tls.CertifiedKey;
import dev.dhsm.wire.tls.Pem;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Hands out appliance certificates made once per test run (RSA key generation is slow), in order: the first, made
 * by {@link SelfSignedCertificateIssuer}, for the appliance's first start; the next, a new certificate on the same
 * key with a later validity, for {@code sysconf regenCert}.
 */
final class FakeCertificateIssuer implements CertificateIssuer {

    static final Instant FROM = NtlsFixture.NOW.minus(Duration.ofMinutes(1));
    static final Instant UNTIL = FROM.plus(Duration.ofDays(3652));
    /** What {@link SelfSignedCertificateIssuer} made for HSM 572413. */
    static final ServerCertificate FIRST = new SelfSignedCertificateIssuer(NtlsFixture.seeded(7))
            .issue("572413", FROM, UNTIL);
    private static final List<ServerCertificate> MADE = List.of(FIRST, regenerated());

    private final AtomicInteger next = new AtomicInteger();

    @Override
    public ServerCertificate issue(String commonName, Instant notBefore, Instant notAfter) {
        return MADE.get(next.getAndIncrement() % MADE.size());
    }

    private static ServerCertificate regenerated() {
        try {
            CertifiedKey first = new CertifiedKey(Pem.readCertificate(FIRST.certificatePem()),
                    Pem.readPrivateKey(FIRST.privateKeyPem()));
            Instant later = NtlsFixture.NOW;
            CertifiedKey next = Reissue.onKeyOf(first, "572413", 0, later, later.plus(Duration.ofDays(3652)));
            return new ServerCertificate(Pem.write(next.certificate()), FIRST.privateKeyPem(), later,
                    later.plus(Duration.ofDays(3652)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
