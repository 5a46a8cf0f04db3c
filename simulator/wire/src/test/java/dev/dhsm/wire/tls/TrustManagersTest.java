package dev.dhsm.wire.tls;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.InstantSource;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.TlsFatalAlert;
import org.bouncycastle.tls.TlsFatalAlertReceived;
import org.junit.jupiter.api.Test;

class TrustManagersTest {

    private static final InstantSource CLOCK = InstantSource.fixed(TestCertificates.NOW);

    private final Set<X509Certificate> registered = new HashSet<>(List.of(TestCertificates.CLIENT.certificate(),
            TestCertificates.LAPSED.certificate(), TestCertificates.EARLY.certificate()));
    private final RegisteredClientTrustManager clients = new RegisteredClientTrustManager(() -> registered, CLOCK);
    private final PinnedServerTrustManager server =
            new PinnedServerTrustManager(TestCertificates.APPLIANCE.certificate(), CLOCK);

    @Test
    void theApplianceTellsWhyItRefusesAClient() {
        assertDoesNotThrow(() -> clients.check(chain(TestCertificates.CLIENT)));
        assertEquals(HandshakeFailureReason.UNKNOWN_CERTIFICATE, clientRefusal(chain(TestCertificates.STRANGER)));
        assertEquals(HandshakeFailureReason.CERTIFICATE_EXPIRED, clientRefusal(chain(TestCertificates.LAPSED)));
        assertEquals(HandshakeFailureReason.CERTIFICATE_NOT_YET_VALID, clientRefusal(chain(TestCertificates.EARLY)));
        assertEquals(HandshakeFailureReason.NO_CERTIFICATE, clientRefusal(new X509Certificate[0]));
    }

    @Test
    void aDeletedRegistrationAppliesToTheNextCheck() {
        registered.remove(TestCertificates.CLIENT.certificate());

        assertEquals(HandshakeFailureReason.UNKNOWN_CERTIFICATE, clientRefusal(chain(TestCertificates.CLIENT)));
    }

    @Test
    void theApplianceNamesNoIssuersSoEveryClientSendsItsCertificate() {
        assertEquals(0, clients.getAcceptedIssuers().length);
    }

    @Test
    void theClientAcceptsOnlyThePinnedAppliance() {
        assertDoesNotThrow(() -> server.checkServerTrusted(chain(TestCertificates.APPLIANCE), "RSA"));
        NtlsCertificateException refused = assertThrows(NtlsCertificateException.class,
                () -> server.checkServerTrusted(chain(TestCertificates.OTHER_APPLIANCE), "RSA"));
        assertEquals(HandshakeFailureReason.UNKNOWN_CERTIFICATE, refused.reason());
    }

    @Test
    void thePinnedApplianceCertificateMustBeValidByTheClientsClock() {
        PinnedServerTrustManager later = new PinnedServerTrustManager(TestCertificates.APPLIANCE.certificate(),
                InstantSource.fixed(TestCertificates.APPLIANCE.certificate().getNotAfter().toInstant().plusSeconds(1)));

        NtlsCertificateException refused = assertThrows(NtlsCertificateException.class,
                () -> later.check(chain(TestCertificates.APPLIANCE)));
        assertEquals(HandshakeFailureReason.CERTIFICATE_EXPIRED, refused.reason());
    }

    @Test
    void eachTrustManagerRefusesTheOtherDirection() {
        X509Certificate[] appliance = chain(TestCertificates.APPLIANCE);
        X509Certificate[] client = chain(TestCertificates.CLIENT);
        assertThrows(CertificateException.class, () -> clients.checkServerTrusted(appliance, "RSA"));
        assertThrows(CertificateException.class, () -> server.checkClientTrusted(client, "RSA"));
    }

    @Test
    void handshakeFailuresAreClassifiedFromTheirCauseChain() {
        Exception refused = new javax.net.ssl.SSLHandshakeException("wrapped");
        refused.initCause(new TlsFatalAlert(AlertDescription.certificate_unknown,
                new NtlsCertificateException(HandshakeFailureReason.CERTIFICATE_EXPIRED, "expired")));

        assertEquals(HandshakeFailureReason.CERTIFICATE_EXPIRED, NtlsHandshakeFailure.from(refused).reason());
        assertEquals(HandshakeFailureReason.REJECTED_BY_PEER,
                NtlsHandshakeFailure.from(new TlsFatalAlertReceived(AlertDescription.bad_certificate)).reason());
        assertEquals(HandshakeFailureReason.NO_COMMON_PARAMETERS,
                NtlsHandshakeFailure.from(new TlsFatalAlertReceived(AlertDescription.protocol_version)).reason());
        assertEquals(HandshakeFailureReason.NO_COMMON_PARAMETERS,
                NtlsHandshakeFailure.from(new TlsFatalAlert(AlertDescription.handshake_failure)).reason());
        assertEquals(HandshakeFailureReason.OTHER,
                NtlsHandshakeFailure.from(new java.io.IOException("connection reset")).reason());
    }

    private HandshakeFailureReason clientRefusal(X509Certificate[] chain) {
        return assertThrows(NtlsCertificateException.class, () -> clients.checkClientTrusted(chain, "RSA")).reason();
    }

    private static X509Certificate[] chain(CertifiedKey identity) {
        return new X509Certificate[] {identity.certificate()};
    }
}
