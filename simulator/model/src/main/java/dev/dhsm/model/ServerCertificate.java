package dev.dhsm.model;

import java.time.Instant;

/**
 * The appliance's NTLS server certificate and key (PEM), with its validity; a newly generated one is
 * "pending" until {@code service restart ntls} puts it in use.
 */
public record ServerCertificate(String certificatePem, String privateKeyPem, Instant notBefore, Instant notAfter) {
    public boolean validAt(Instant now) {
        return !now.isBefore(notBefore) && !now.isAfter(notAfter);
    }
}
