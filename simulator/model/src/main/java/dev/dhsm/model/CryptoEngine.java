package dev.dhsm.model;

import java.security.Key;
import java.security.PrivateKey;
import java.security.PublicKey;

/**
 * The crypto port of the HSM card: key generation, sealing under the master key, cloning-domain keys, and
 * the cryptographic operations of the supported mechanisms. Failures are {@link CkrException}s.
 */
public interface CryptoEngine {
    GeneratedKeyPair generateKeyPair(KeyType type, int bits, String curve);

    byte[] generateSecret(int bits);

    byte[] random(int length);

    /** Encrypts with AES-256-GCM under {@code key}; the result carries its own IV. */
    byte[] seal(byte[] key, byte[] plaintext);

    /** The inverse of {@link #seal}; a blob sealed under another key fails. */
    byte[] unseal(byte[] key, byte[] sealed);

    /** The key a cloning domain stands for: equal domains give equal keys on every HSM. */
    byte[] domainKey(String domain);

    /** A short stable fingerprint of a domain key, safe to show and compare. */
    String fingerprint(byte[] domainKey);

    PrivateKey privateKey(KeyType type, byte[] pkcs8);

    PublicKey publicKey(KeyType type, byte[] x509);

    Key secretKey(byte[] raw);

    byte[] sign(Mechanism mechanism, PrivateKey key, byte[] data);

    boolean verify(Mechanism mechanism, PublicKey key, byte[] data, byte[] signature);

    byte[] encrypt(Mechanism mechanism, Key key, MechanismParams params, byte[] data);

    byte[] decrypt(Mechanism mechanism, Key key, MechanismParams params, byte[] data);
}
