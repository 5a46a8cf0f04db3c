package dev.dhsm.model;

import java.time.Instant;

/**
 * Port that makes the appliance's self-signed NTLS server certificate (RSA-2048, subject
 * {@code C=CA, ST=Ontario, L=Ottawa, O=Chrysalis-ITS, CN=<serial>}); implemented where X.509 tooling lives.
 */
@FunctionalInterface
public interface CertificateIssuer {
    ServerCertificate issue(String commonName, Instant notBefore, Instant notAfter);
}
