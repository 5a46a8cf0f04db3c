package dev.dhsm.model;

import java.time.Instant;

/**
 * Port that makes the appliance's self-signed NTLS server certificate (RSA-2048, subject
 * {@code C=CA, ST=Ontario, L=Ottawa, O=Chrysalis-ITS, CN=<serial>}); implemented where X.509 tooling lives.
 */
@FunctionalInterface
public interface CertificateIssuer {
    ServerCertificate issue(String commonName, Instant notBefore, Instant notAfter);

    /**
     * The issuer one appliance uses. An issuer shared by many appliances (a test fleet's key pool) answers a view
     * that remembers what it issued for that appliance; a plain issuer answers itself.
     */
    default CertificateIssuer forAppliance() {
        return this;
    }
}
