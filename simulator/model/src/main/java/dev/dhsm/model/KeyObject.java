package dev.dhsm.model;

import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;

/**
 * A key stored in a partition: its handle, class, type, size, label, id, flags and usages; the public
 * part in the clear (X.509 SubjectPublicKeyInfo) and the private or secret part sealed under the HSM's
 * master key, so nothing readable is stored and zeroization makes it unrecoverable.
 */
public final class KeyObject {
    private long handle;
    private ObjectClass objectClass;
    private KeyType keyType;
    private int bits;
    private String curve;
    private String label;
    private String id;
    private boolean token;
    private boolean sensitive;
    private boolean extractable;
    private Set<KeyUsage> usages = EnumSet.noneOf(KeyUsage.class);
    private String publicKey;
    private String sealed;
    private long pairedHandle;

    KeyObject() {
    }

    KeyObject(long handle, ObjectClass objectClass, KeyType keyType, int bits, String curve, KeyTemplate t) {
        this.handle = handle;
        this.objectClass = objectClass;
        this.keyType = keyType;
        this.bits = bits;
        this.curve = curve;
        this.label = t.label() == null ? "" : t.label();
        this.id = t.id() == null ? null : Base64.getEncoder().encodeToString(t.id());
        this.token = t.token() == null || t.token();
        boolean secretPart = objectClass != ObjectClass.PUBLIC_KEY;
        this.sensitive = secretPart && (t.sensitive() == null || t.sensitive());
        this.extractable = secretPart && t.extractable() != null && t.extractable();
        if (t.usages() != null) {
            this.usages = EnumSet.noneOf(KeyUsage.class);
            this.usages.addAll(t.usages());
        }
    }

    public long handle() {
        return handle;
    }

    public ObjectClass objectClass() {
        return objectClass;
    }

    public KeyType keyType() {
        return keyType;
    }

    public int bits() {
        return bits;
    }

    public String curve() {
        return curve;
    }

    public String label() {
        return label;
    }

    public byte[] id() {
        return id == null ? null : Base64.getDecoder().decode(id);
    }

    public boolean token() {
        return token;
    }

    public boolean sensitive() {
        return sensitive;
    }

    public boolean extractable() {
        return extractable;
    }

    public boolean allows(KeyUsage usage) {
        return usages.contains(usage);
    }

    public Set<KeyUsage> usages() {
        return EnumSet.copyOf(usages.isEmpty() ? EnumSet.noneOf(KeyUsage.class) : usages);
    }

    /** The public key (X.509 SubjectPublicKeyInfo), for public and private keys; null for secret keys. */
    public byte[] publicKey() {
        return publicKey == null ? null : Base64.getDecoder().decode(publicKey);
    }

    public long pairedHandle() {
        return pairedHandle;
    }

    byte[] sealedMaterial() {
        return sealed == null ? null : Base64.getDecoder().decode(sealed);
    }

    void setPublicKey(byte[] encoded) {
        this.publicKey = encoded == null ? null : Base64.getEncoder().encodeToString(encoded);
    }

    void setSealed(byte[] material) {
        this.sealed = material == null ? null : Base64.getEncoder().encodeToString(material);
    }

    void setPairedHandle(long paired) {
        this.pairedHandle = paired;
    }

    /** What the object costs in partition storage, in bytes. */
    long storageBytes() {
        long n = 64 + (label == null ? 0 : label.length());
        n += publicKey == null ? 0 : publicKey.length() * 3L / 4;
        n += sealed == null ? 0 : sealed.length() * 3L / 4;
        return n;
    }
}
