package dev.dhsm.appliance.ntls;

import dev.dhsm.model.Ckr;
import dev.dhsm.model.CkrException;
import dev.dhsm.model.KeyUsage;
import dev.dhsm.model.Mechanism;
import dev.dhsm.model.MechanismParams;
import dev.dhsm.model.PartitionSession;
import dev.dhsm.model.PreparedKey;
import dev.dhsm.wire.message.DataResult;
import dev.dhsm.wire.message.Decrypt;
import dev.dhsm.wire.message.Encrypt;
import dev.dhsm.wire.message.Octets;
import dev.dhsm.wire.message.Ok;
import dev.dhsm.wire.message.Sign;
import dev.dhsm.wire.message.Verify;
import java.util.function.Function;

/**
 * Single-part cryptography on a partition key over NTLS: {@code C_Sign}, {@code C_Verify}, {@code C_Encrypt} and
 * {@code C_Decrypt}. The model checks the session, role and key usage and hands over a {@link PreparedKey} inside
 * the appliance lock; the cryptography itself runs after the lock is released, on the calling (worker) thread, so
 * many sessions sign at once.
 */
final class CryptoRequests {

    private final NtlsClient client;

    CryptoRequests(NtlsClient client) {
        this.client = client;
    }

    DataResult sign(Sign request) {
        PreparedKey key = prepare(request.session(), request.key(), KeyUsage.SIGN, request.mechanism());
        byte[] data = request.data().toByteArray();
        return new DataResult(Octets.of(use(key, k -> k.sign(data))));
    }

    Ok verify(Verify request) {
        PreparedKey key = prepare(request.session(), request.key(), KeyUsage.VERIFY, request.mechanism());
        byte[] data = request.data().toByteArray();
        byte[] signature = request.signature().toByteArray();
        if (!use(key, k -> k.verify(data, signature))) {
            throw new CkrException(Ckr.SIGNATURE_INVALID, "the signature does not verify");
        }
        return new Ok();
    }

    DataResult encrypt(Encrypt request) {
        MechanismParams params = params(request.mechanism());
        PreparedKey key = prepare(request.session(), request.key(), KeyUsage.ENCRYPT, request.mechanism());
        byte[] data = request.data().toByteArray();
        return new DataResult(Octets.of(use(key, k -> k.encrypt(params, data))));
    }

    DataResult decrypt(Decrypt request) {
        MechanismParams params = params(request.mechanism());
        PreparedKey key = prepare(request.session(), request.key(), KeyUsage.DECRYPT, request.mechanism());
        byte[] data = request.data().toByteArray();
        return new DataResult(Octets.of(use(key, k -> k.decrypt(params, data))));
    }

    private PreparedKey prepare(long handle, long key, KeyUsage usage, dev.dhsm.wire.message.Mechanism wire) {
        PartitionSession session = client.session(handle);
        Mechanism mechanism = Mechanisms.mechanism(wire);
        Mechanisms.params(mechanism, wire);
        return client.appliance().transact(tx -> tx.objects().prepare(session, key, usage, mechanism));
    }

    private static MechanismParams params(dev.dhsm.wire.message.Mechanism wire) {
        return Mechanisms.params(Mechanisms.mechanism(wire), wire);
    }

    /** Runs the operation outside the lock; a key of the wrong kind for it is {@code CKR_KEY_TYPE_INCONSISTENT}. */
    private static <T> T use(PreparedKey key, Function<PreparedKey, T> operation) {
        try {
            return operation.apply(key);
        } catch (ClassCastException e) {
            throw new CkrException(Ckr.KEY_TYPE_INCONSISTENT, "the key cannot be used this way");
        }
    }
}
