package dev.dhsm.appliance.ntls;

import dev.dhsm.model.Appliance;
import dev.dhsm.wire.tls.Pem;
import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client certificates NTLS trusts at this moment, read from the model's registrations ({@code client
 * register}, {@code client delete}) on every handshake, so a change applies to the very next connection. The
 * parsed set is kept while the registrations stay the same, so a handshake does not parse every PEM again.
 */
final class RegisteredCertificates implements Supplier<Set<X509Certificate>> {

    private static final Logger LOG = LoggerFactory.getLogger(RegisteredCertificates.class);

    /** The registrations last read and the certificates parsed from them. */
    private record Parsed(List<String> pems, Set<X509Certificate> certificates) {
    }

    private final Appliance appliance;
    private volatile Parsed last = new Parsed(List.of(), Set.of());

    RegisteredCertificates(Appliance appliance) {
        this.appliance = appliance;
    }

    @Override
    public Set<X509Certificate> get() {
        List<String> pems = appliance.transact(tx -> tx.clients().trustedCertificates());
        Parsed known = last;
        if (known.pems().equals(pems)) {
            return known.certificates();
        }
        Set<X509Certificate> certificates = new HashSet<>();
        for (String pem : pems) {
            try {
                certificates.add(Pem.readCertificate(pem));
            } catch (IOException e) {
                LOG.warn("NTLS: a registered client certificate does not parse and is not trusted", e);
            }
        }
        Parsed fresh = new Parsed(List.copyOf(pems), Set.copyOf(certificates));
        last = fresh;
        return fresh.certificates();
    }
}
