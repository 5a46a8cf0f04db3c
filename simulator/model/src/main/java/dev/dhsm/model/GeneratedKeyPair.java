package dev.dhsm.model;

/** A freshly generated key pair: the public key as X.509 SubjectPublicKeyInfo, the private key as PKCS#8. */
public record GeneratedKeyPair(byte[] publicKey, byte[] privateKey) {
}
