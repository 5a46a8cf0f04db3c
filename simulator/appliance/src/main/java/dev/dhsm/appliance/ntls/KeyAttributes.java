package dev.dhsm.appliance.ntls;

import dev.dhsm.model.Ckr;
import dev.dhsm.model.CkrException;
import dev.dhsm.model.KeyObject;
import dev.dhsm.model.KeyType;
import dev.dhsm.model.KeyUsage;
import dev.dhsm.model.ObjectClass;
import dev.dhsm.wire.message.Attribute;
import dev.dhsm.wire.message.Octets;
import dev.dhsm.wire.pkcs11.Cka;
import java.io.IOException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * The attributes {@code C_GetAttributeValue} reads from a partition key object, rendered from the model's
 * {@link KeyObject}: class, key type, label, id, token, sensitive, extractable, the usages, the size
 * ({@code CKA_MODULUS_BITS} of RSA keys, {@code CKA_VALUE_LEN} of secret keys), {@code CKA_MODULUS} and
 * {@code CKA_PUBLIC_EXPONENT} of RSA keys, {@code CKA_EC_PARAMS} of EC keys and {@code CKA_EC_POINT} of EC public
 * keys. The private parts of a private key are sensitive; {@code CKA_VALUE} of a secret key is read through the
 * model, which refuses a sensitive one.
 */
final class KeyAttributes {

    private static final Map<Long, KeyUsage> USAGES = Map.of(Cka.SIGN, KeyUsage.SIGN, Cka.VERIFY, KeyUsage.VERIFY,
            Cka.ENCRYPT, KeyUsage.ENCRYPT, Cka.DECRYPT, KeyUsage.DECRYPT, Cka.WRAP, KeyUsage.WRAP,
            Cka.UNWRAP, KeyUsage.UNWRAP);
    private static final Set<Long> PRIVATE_PARTS = Set.of(Cka.VALUE, Cka.PRIVATE_EXPONENT, Cka.PRIME_1,
            Cka.PRIME_2, Cka.EXPONENT_1, Cka.EXPONENT_2, Cka.COEFFICIENT);

    private KeyAttributes() {
    }

    /**
     * The value of one attribute; empty when the object has no such attribute. A private part of a private key
     * is a {@code CKR_ATTRIBUTE_SENSITIVE} refusal.
     */
    static Optional<Attribute> read(KeyObject o, long type) {
        if (USAGES.containsKey(type)) {
            return Optional.of(Attribute.bool(type, o.allows(USAGES.get(type))));
        }
        if (o.objectClass() == ObjectClass.PRIVATE_KEY && PRIVATE_PARTS.contains(type)) {
            throw new CkrException(Ckr.ATTRIBUTE_SENSITIVE, Cka.name(type) + " is sensitive");
        }
        return Optional.ofNullable(common(o, type)).or(() -> Optional.ofNullable(sized(o, type)));
    }

    private static Attribute common(KeyObject o, long type) {
        if (type == Cka.CLASS) {
            return Attribute.ulong(type, o.objectClass().code());
        } else if (type == Cka.KEY_TYPE) {
            return Attribute.ulong(type, o.keyType().code());
        } else if (type == Cka.LABEL) {
            return Attribute.string(type, o.label());
        } else if (type == Cka.ID) {
            byte[] id = o.id();
            return Attribute.bytes(type, id == null ? Octets.EMPTY : Octets.of(id));
        } else if (type == Cka.TOKEN) {
            return Attribute.bool(type, o.token());
        } else if (type == Cka.SENSITIVE) {
            return Attribute.bool(type, o.sensitive());
        } else if (type == Cka.EXTRACTABLE) {
            return Attribute.bool(type, o.extractable());
        }
        return null;
    }

    private static Attribute sized(KeyObject o, long type) {
        if (type == Cka.VALUE_LEN && o.objectClass() == ObjectClass.SECRET_KEY) {
            return Attribute.ulong(type, o.bits() / 8);
        }
        if (o.keyType() == KeyType.RSA) {
            return rsa(o, type);
        }
        if (o.keyType() == KeyType.EC) {
            return ec(o, type);
        }
        return null;
    }

    private static Attribute rsa(KeyObject o, long type) {
        if (type == Cka.MODULUS_BITS) {
            return Attribute.ulong(type, o.bits());
        }
        if ((type != Cka.MODULUS && type != Cka.PUBLIC_EXPONENT) || o.publicKey() == null) {
            return null;
        }
        try {
            org.bouncycastle.asn1.pkcs.RSAPublicKey key =
                    org.bouncycastle.asn1.pkcs.RSAPublicKey.getInstance(spki(o).parsePublicKey());
            return Attribute.bytes(type, unsigned(type == Cka.MODULUS ? key.getModulus() : key.getPublicExponent()));
        } catch (IOException | IllegalArgumentException e) {
            throw new CkrException(Ckr.DEVICE_ERROR, "the stored public key does not decode");
        }
    }

    private static Attribute ec(KeyObject o, long type) {
        if (type == Cka.EC_PARAMS) {
            byte[] params = o.publicKey() != null ? encoded(spki(o).getAlgorithm().getParameters())
                    : EcCurves.params(o.curve());
            return params == null ? null : Attribute.bytes(type, Octets.of(params));
        }
        if (type == Cka.EC_POINT && o.objectClass() == ObjectClass.PUBLIC_KEY && o.publicKey() != null) {
            byte[] point = spki(o).getPublicKeyData().getBytes();
            return Attribute.bytes(type, Octets.of(encoded(new DEROctetString(point))));
        }
        return null;
    }

    private static SubjectPublicKeyInfo spki(KeyObject o) {
        return SubjectPublicKeyInfo.getInstance(o.publicKey());
    }

    private static byte[] encoded(org.bouncycastle.asn1.ASN1Encodable value) {
        try {
            return value.toASN1Primitive().getEncoded();
        } catch (IOException e) {
            throw new CkrException(Ckr.DEVICE_ERROR, "the stored public key does not encode");
        }
    }

    /** A positive integer as unsigned big-endian bytes, without the sign byte. */
    private static Octets unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return Octets.of(bytes.length > 1 && bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes);
    }
}
