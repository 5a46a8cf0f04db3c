package dev.dhsm.appliance.ntls;

import dev.dhsm.model.CertificateIssuer;
import dev.dhsm.model.ServerCertificate;
import dev.dhsm.wire.tls.CertifiedKey;
import dev.dhsm.wire.tls.Pem;
import dev.dhsm.wire.tls.SelfSignedCertificates;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Issues the same certificates as {@link SelfSignedCertificateIssuer}, but on RSA-2048 key pairs drawn in turn from a
 * pool that grows to {@code capacity} pairs and is then reused. For test fleets only: generating a fresh pair is most
 * of an emulated appliance's start-up time, and a suite that starts hundreds of appliances would spend minutes on it.
 *
 * <p>Each appliance issues through its own {@link #forAppliance() view}, which never takes the key of that appliance's
 * previous certificate, so {@code sysconf regenCert} always changes the key (and so the certificate: with the same key,
 * CN and validity, an RSA signature would make it byte for byte the same). Different appliances may share a pair.
 * {@code dhsm serve} never uses this.
 */
public final class KeyPoolCertificateIssuer implements CertificateIssuer {

    private final SelfSignedCertificates certificates = new SelfSignedCertificates(new SecureRandom());
    private final List<KeyPair> pool = new ArrayList<>();
    private final int capacity;
    private int next;

    /** A pool of at most {@code capacity} key pairs, made as they are first needed. */
    public KeyPoolCertificateIssuer(int capacity) {
        if (capacity < 2) {
            throw new IllegalArgumentException("a key pool needs at least 2 pairs: " + capacity);
        }
        this.capacity = capacity;
    }

    /** How many distinct key pairs the pool holds now. */
    public int size() {
        synchronized (pool) {
            return pool.size();
        }
    }

    /** A view for one appliance: its certificates come from this pool, never twice in a row on the same key. */
    @Override
    public CertificateIssuer forAppliance() {
        return new CertificateIssuer() {
            private KeyPair previous;

            @Override
            public synchronized ServerCertificate issue(String commonName, Instant notBefore, Instant notAfter) {
                previous = keysOtherThan(previous);
                return certify(previous, commonName, notBefore, notAfter);
            }
        };
    }

    /** Issues without remembering anything: consecutive calls take consecutive pairs of the pool. */
    @Override
    public ServerCertificate issue(String commonName, Instant notBefore, Instant notAfter) {
        return certify(keysOtherThan(null), commonName, notBefore, notAfter);
    }

    private ServerCertificate certify(KeyPair keys, String commonName, Instant notBefore, Instant notAfter) {
        CertifiedKey made = certificates.certify(keys, commonName, BigInteger.ZERO, notBefore, notAfter);
        return new ServerCertificate(Pem.write(made.certificate()), Pem.write(made.privateKey()), notBefore,
                notAfter);
    }

    private KeyPair keysOtherThan(KeyPair previous) {
        synchronized (pool) {
            while (pool.size() == capacity) {
                KeyPair candidate = pool.get(next);
                next = (next + 1) % capacity;
                if (candidate != previous) {
                    return candidate;
                }
            }
        }
        KeyPair made;
        try {
            made = certificates.rsaKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot make an RSA-2048 key pair", e);
        }
        synchronized (pool) {
            if (pool.size() < capacity) {
                pool.add(made);
            }
        }
        return made;
    }
}
