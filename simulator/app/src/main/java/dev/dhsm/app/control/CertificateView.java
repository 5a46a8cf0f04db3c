package dev.dhsm.app.control;

import java.time.Instant;

/** The appliance's NTLS server certificate in use ({@code server.pem}) and its validity. */
public record CertificateView(Instant notBefore, Instant notAfter, String certificatePem) {
}
