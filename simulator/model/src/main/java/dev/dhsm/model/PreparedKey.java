package dev.dhsm.model;

import java.security.Key;

/**
 * A key looked up and checked inside the appliance lock, ready for one cryptographic operation that runs
 * outside it, so many sessions can sign at once.
 */
public record PreparedKey(Key key, Mechanism mechanism, CryptoEngine crypto) {
    public byte[] sign(byte[] data) {
        return crypto.sign(mechanism, (java.security.PrivateKey) key, data);
    }

    public boolean verify(byte[] data, byte[] signature) {
        return crypto.verify(mechanism, (java.security.PublicKey) key, data, signature);
    }

    public byte[] encrypt(MechanismParams params, byte[] data) {
        return crypto.encrypt(mechanism, key, params, data);
    }

    public byte[] decrypt(MechanismParams params, byte[] data) {
        return crypto.decrypt(mechanism, key, params, data);
    }
}
