package dev.dhsm.model;

import java.security.Key;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * A partition's key objects as an application reaches them over NTLS: generate (RSA 2048/3072/4096,
 * EC P-256/P-384, AES 128/192/256), find, read, destroy, use, wrap and unwrap, and clone out/in under the
 * partition's cloning domain. Key material is sealed under the HSM master key; the access table is
 * {@link ObjectAccess}.
 */
public final class ObjectOperations {
    private final ApplianceTx tx;
    private final CryptoEngine crypto;

    ObjectOperations(ApplianceTx tx, CryptoEngine crypto) {
        this.tx = tx;
        this.crypto = crypto;
    }

    /** Generates an RSA or EC key pair; answers {public handle, private handle}. */
    public long[] generateKeyPair(PartitionSession s, Mechanism m, int bits, String curve, KeyTemplate pub,
                                  KeyTemplate priv) {
        Partition p = access(s, ObjectAccess.MANAGE);
        KeyType type;
        if (m == Mechanism.RSA_PKCS_KEY_PAIR_GEN) {
            if (bits != 2048 && bits != 3072 && bits != 4096) {
                throw new CkrException(Ckr.KEY_SIZE_RANGE, "RSA keys are 2048, 3072 or 4096 bits");
            }
            type = KeyType.RSA;
        } else if (m == Mechanism.EC_KEY_PAIR_GEN) {
            SoftwareCryptoEngine.curveName(curve);
            type = KeyType.EC;
            bits = curve != null && curve.contains("384") ? 384 : 256;
        } else {
            throw new CkrException(Ckr.MECHANISM_INVALID, m + " does not generate key pairs");
        }
        GeneratedKeyPair kp = crypto.generateKeyPair(type, bits, curve);
        KeyObject publicKey = new KeyObject(p.nextHandle(), ObjectClass.PUBLIC_KEY, type, bits, curve, pub);
        publicKey.setPublicKey(kp.publicKey());
        KeyObject privateKey = new KeyObject(p.nextHandle(), ObjectClass.PRIVATE_KEY, type, bits, curve, priv);
        privateKey.setPublicKey(kp.publicKey());
        privateKey.setSealed(crypto.seal(tx.masterKey(), kp.privateKey()));
        publicKey.setPairedHandle(privateKey.handle());
        privateKey.setPairedHandle(publicKey.handle());
        store(p, publicKey, privateKey);
        return new long[] {publicKey.handle(), privateKey.handle()};
    }

    public long generateKey(PartitionSession s, Mechanism m, int bits, KeyTemplate t) {
        Partition p = access(s, ObjectAccess.MANAGE);
        if (m != Mechanism.AES_KEY_GEN) {
            throw new CkrException(Ckr.MECHANISM_INVALID, m + " does not generate secret keys");
        }
        if (bits != 128 && bits != 192 && bits != 256) {
            throw new CkrException(Ckr.KEY_SIZE_RANGE, "AES keys are 128, 192 or 256 bits");
        }
        KeyObject k = new KeyObject(p.nextHandle(), ObjectClass.SECRET_KEY, KeyType.AES, bits, null, t);
        k.setSealed(crypto.seal(tx.masterKey(), crypto.generateSecret(bits)));
        store(p, k);
        return k.handle();
    }

    /** Objects whose label and class match (null matches anything). */
    public List<KeyObject> find(PartitionSession s, String label, ObjectClass cls) {
        Partition p = access(s, ObjectAccess.READ);
        List<KeyObject> out = new ArrayList<>();
        for (KeyObject o : p.objects()) {
            if ((label == null || label.equals(o.label())) && (cls == null || cls == o.objectClass())) {
                out.add(o);
            }
        }
        return out;
    }

    public KeyObject get(PartitionSession s, long handle) {
        return object(access(s, ObjectAccess.READ), handle);
    }

    public void destroy(PartitionSession s, long handle) {
        Partition p = access(s, ObjectAccess.MANAGE);
        KeyObject o = object(p, handle);
        p.objects().remove(o);
        tx.partitionCache(p).remove(handle);
        p.recount();
        tx.markDirty();
    }

    /** The raw value of a secret key that is neither sensitive nor unextractable. */
    public byte[] exportValue(PartitionSession s, long handle) {
        Partition p = access(s, ObjectAccess.USE);
        KeyObject o = object(p, handle);
        if (o.objectClass() != ObjectClass.SECRET_KEY || o.sensitive() || !o.extractable()) {
            throw new CkrException(Ckr.ATTRIBUTE_SENSITIVE, "the key value cannot be read");
        }
        return crypto.unseal(tx.masterKey(), o.sealedMaterial());
    }

    /** Checks a key for one operation and hands it over for use outside the lock. */
    public PreparedKey prepare(PartitionSession s, long handle, KeyUsage usage, Mechanism m) {
        Partition p = access(s, ObjectAccess.USE);
        KeyObject o = object(p, handle);
        if (!o.allows(usage)) {
            throw new CkrException(Ckr.KEY_FUNCTION_NOT_PERMITTED, "key " + handle + " does not allow " + usage);
        }
        Map<Long, Key> cache = tx.partitionCache(p);
        Key key = cache.get(handle);
        if (key == null) {
            key = materialize(o);
            cache.put(handle, key);
        }
        return new PreparedKey(key, m, crypto);
    }

    /** Wraps an extractable key under a wrapping key (AES key wrap with padding, or RSA-OAEP for AES keys). */
    public byte[] wrap(PartitionSession s, long wrappingHandle, long keyHandle, Mechanism m) {
        Partition p = access(s, ObjectAccess.USE);
        KeyObject target = object(p, keyHandle);
        if (!target.extractable()) {
            throw new CkrException(Ckr.KEY_UNEXTRACTABLE, "key " + keyHandle + " is not extractable");
        }
        PartitionPolicy policy = target.objectClass() == ObjectClass.PRIVATE_KEY ? PartitionPolicy.PRIVATE_KEY_WRAPPING
                : PartitionPolicy.SECRET_KEY_WRAPPING;
        if (p.policy(policy) != 1) {
            throw new CkrException(Ckr.KEY_NOT_WRAPPABLE, "partition policy " + policy.code() + " forbids it");
        }
        if (m == Mechanism.RSA_PKCS_OAEP && target.objectClass() != ObjectClass.SECRET_KEY) {
            throw new CkrException(Ckr.KEY_NOT_WRAPPABLE, "RSA-OAEP wraps secret keys only");
        }
        byte[] material = crypto.unseal(tx.masterKey(), target.sealedMaterial());
        PreparedKey wrapping = prepare(s, wrappingHandle, KeyUsage.WRAP, m);
        return wrapping.encrypt(MechanismParams.NONE, material);
    }

    /** Unwraps a key into the partition with the given class, type and template. */
    public long unwrap(PartitionSession s, long unwrappingHandle, Mechanism m, byte[] wrapped, ObjectClass cls,
                       KeyType type, KeyTemplate t) {
        Partition p = access(s, ObjectAccess.MANAGE);
        PreparedKey unwrapping = prepare(s, unwrappingHandle, KeyUsage.UNWRAP, m);
        byte[] material;
        try {
            material = unwrapping.decrypt(MechanismParams.NONE, wrapped);
        } catch (CkrException e) {
            throw new CkrException(Ckr.WRAPPED_KEY_INVALID, "the wrapped key does not unwrap");
        }
        KeyObject k;
        if (cls == ObjectClass.SECRET_KEY && type == KeyType.AES) {
            k = new KeyObject(p.nextHandle(), cls, type, material.length * 8, null, t);
        } else if (cls == ObjectClass.PRIVATE_KEY && type != KeyType.AES) {
            java.security.PrivateKey pk = crypto.privateKey(type, material);
            k = new KeyObject(p.nextHandle(), cls, type, type == KeyType.RSA
                    ? ((java.security.interfaces.RSAKey) pk).getModulus().bitLength() : 256, null, t);
        } else {
            throw new CkrException(Ckr.TEMPLATE_INCONSISTENT, "cannot unwrap a " + cls + " of type " + type);
        }
        k.setSealed(crypto.seal(tx.masterKey(), material));
        store(p, k);
        return k.handle();
    }

    /** An object sealed under this partition's cloning domain, for backup, restore and HA replication. */
    public byte[] cloneOut(PartitionSession s, long handle) {
        Partition p = access(s, ObjectAccess.MANAGE);
        KeyObject o = object(p, handle);
        PartitionPolicy policy = o.objectClass() == ObjectClass.SECRET_KEY ? PartitionPolicy.SECRET_KEY_CLONING
                : PartitionPolicy.PRIVATE_KEY_CLONING;
        if (o.objectClass() != ObjectClass.PUBLIC_KEY && p.policy(policy) != 1) {
            throw new CkrException(Ckr.KEY_NOT_WRAPPABLE, "partition policy " + policy.code() + " forbids cloning");
        }
        byte[] material = o.sealedMaterial() == null ? null : crypto.unseal(tx.masterKey(), o.sealedMaterial());
        KeyTemplate t = new KeyTemplate(o.label(), o.id(), o.token(), o.sensitive(), o.extractable(), o.usages());
        CloneBlob blob = new CloneBlob(o.objectClass(), o.keyType(), o.bits(), o.curve(), t, o.publicKey(), material);
        return crypto.seal(domainKey(p), blob.encode());
    }

    /** Takes in a cloned object; one sealed under another cloning domain is refused. */
    public long cloneIn(PartitionSession s, byte[] sealedBlob) {
        Partition p = access(s, ObjectAccess.MANAGE);
        byte[] plain;
        try {
            plain = crypto.unseal(domainKey(p), sealedBlob);
        } catch (CkrException e) {
            throw new CkrException(Ckr.CERTIFICATE_INVALID,
                    "the object was cloned from a partition with a different cloning domain");
        }
        CloneBlob blob = CloneBlob.decode(plain);
        KeyObject k = new KeyObject(p.nextHandle(), blob.objectClass(), blob.keyType(), blob.bits(), blob.curve(),
                blob.template());
        k.setPublicKey(blob.publicKey());
        if (blob.material() != null) {
            k.setSealed(crypto.seal(tx.masterKey(), blob.material()));
        }
        store(p, k);
        return k.handle();
    }

    private Key materialize(KeyObject o) {
        return switch (o.objectClass()) {
            case PUBLIC_KEY -> crypto.publicKey(o.keyType(), o.publicKey());
            case PRIVATE_KEY -> crypto.privateKey(o.keyType(), crypto.unseal(tx.masterKey(), o.sealedMaterial()));
            case SECRET_KEY -> crypto.secretKey(crypto.unseal(tx.masterKey(), o.sealedMaterial()));
        };
    }

    private byte[] domainKey(Partition p) {
        return crypto.unseal(tx.masterKey(), java.util.Base64.getDecoder().decode(p.sealedDomainKey()));
    }

    private void store(Partition p, KeyObject... objects) {
        long extra = 0;
        for (KeyObject o : objects) {
            extra += o.storageBytes();
        }
        if (p.usedBytes() + extra > p.totalBytes()) {
            throw new CkrException(Ckr.CONTAINER_OBJECT_STORAGE_FULL, "the partition is full");
        }
        p.objects().addAll(List.of(objects));
        p.recount();
        tx.markDirty();
    }

    private Partition access(PartitionSession s, ObjectAccess access) {
        Partition p = tx.openPartition(s);
        if (s.role() == null) {
            throw new CkrException(Ckr.USER_NOT_LOGGED_IN, "log in to the partition first");
        }
        if (p.role(s.role()).pinExpired()) {
            throw new CkrException(Ckr.PIN_EXPIRED, "the " + s.role().shortName() + " password must be changed first");
        }
        if (!access.allowedFor(s.role())) {
            throw new CkrException(Ckr.USER_NOT_AUTHORIZED, s.role().displayName() + " may not " + access);
        }
        return p;
    }

    private static KeyObject object(Partition p, long handle) {
        for (KeyObject o : p.objects()) {
            if (o.handle() == handle) {
                return o;
            }
        }
        throw new CkrException(Ckr.OBJECT_HANDLE_INVALID, "no object " + handle);
    }

    static EnumSet<KeyUsage> usages(KeyUsage... u) {
        EnumSet<KeyUsage> set = EnumSet.noneOf(KeyUsage.class);
        set.addAll(List.of(u));
        return set;
    }
}
