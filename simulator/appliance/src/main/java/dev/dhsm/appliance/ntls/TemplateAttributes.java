package dev.dhsm.appliance.ntls;

import dev.dhsm.model.Ckr;
import dev.dhsm.model.CkrException;
import dev.dhsm.model.KeyTemplate;
import dev.dhsm.model.KeyType;
import dev.dhsm.model.KeyUsage;
import dev.dhsm.model.ObjectClass;
import dev.dhsm.wire.message.Attribute;
import dev.dhsm.wire.pkcs11.Cka;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The attributes of a PKCS#11 key template ({@code C_GenerateKey}, {@code C_GenerateKeyPair},
 * {@code C_UnwrapKey}) read into the model's terms: the {@link KeyTemplate}, the size ({@code CKA_MODULUS_BITS},
 * or {@code CKA_VALUE_LEN} in bytes), the curve ({@code CKA_EC_PARAMS}) and the class and key type. An attribute
 * not listed here is {@code CKR_ATTRIBUTE_TYPE_INVALID}; a value that does not decode is
 * {@code CKR_ATTRIBUTE_VALUE_INVALID}. {@code CKA_PRIVATE}, {@code CKA_MODIFIABLE}, {@code CKA_COPYABLE},
 * {@code CKA_DESTROYABLE}, {@code CKA_PUBLIC_EXPONENT} (always 65537), {@code CKA_SUBJECT} and the dates are
 * accepted and not stored.
 *
 * @param template    label, id, token, sensitive, extractable and usages; null fields take the model's defaults
 * @param modulusBits {@code CKA_MODULUS_BITS}, 0 when absent
 * @param valueBits   {@code CKA_VALUE_LEN} in bits, 0 when absent
 * @param curve       the curve name from {@code CKA_EC_PARAMS}, or null
 * @param objectClass {@code CKA_CLASS}, or null
 * @param keyType     {@code CKA_KEY_TYPE}, or null
 */
record TemplateAttributes(KeyTemplate template, int modulusBits, int valueBits, String curve,
                          ObjectClass objectClass, KeyType keyType) {

    private static final Map<Long, KeyUsage> USAGES = Map.of(Cka.SIGN, KeyUsage.SIGN, Cka.VERIFY, KeyUsage.VERIFY,
            Cka.ENCRYPT, KeyUsage.ENCRYPT, Cka.DECRYPT, KeyUsage.DECRYPT, Cka.WRAP, KeyUsage.WRAP,
            Cka.UNWRAP, KeyUsage.UNWRAP);
    private static final Set<Long> NOT_STORED = Set.of(Cka.PRIVATE, Cka.MODIFIABLE, Cka.COPYABLE, Cka.DESTROYABLE,
            Cka.PUBLIC_EXPONENT, Cka.SUBJECT, Cka.START_DATE, Cka.END_DATE);

    /** Reads a template; see the class comment for what is refused. */
    static TemplateAttributes of(List<Attribute> attributes) {
        Builder b = new Builder();
        for (Attribute a : attributes) {
            try {
                b.read(a);
            } catch (IllegalStateException | ArithmeticException e) {
                throw new CkrException(Ckr.ATTRIBUTE_VALUE_INVALID, "the value of " + Cka.name(a.type())
                        + " does not decode");
            }
        }
        return b.build();
    }

    /** Collects one template's attributes. */
    private static final class Builder {
        private String label;
        private byte[] id;
        private Boolean token;
        private Boolean sensitive;
        private Boolean extractable;
        private Set<KeyUsage> usages;
        private int modulusBits;
        private int valueBits;
        private String curve;
        private ObjectClass objectClass;
        private KeyType keyType;

        void read(Attribute a) {
            long type = a.type();
            if (USAGES.containsKey(type)) {
                usage(USAGES.get(type), a.asBoolean());
            } else if (type == Cka.LABEL) {
                label = a.asString();
            } else if (type == Cka.ID) {
                id = present(a).toByteArray();
            } else if (type == Cka.TOKEN) {
                token = a.asBoolean();
            } else if (type == Cka.SENSITIVE) {
                sensitive = a.asBoolean();
            } else if (type == Cka.EXTRACTABLE) {
                extractable = a.asBoolean();
            } else {
                readSizeOrKind(a);
            }
        }

        private void readSizeOrKind(Attribute a) {
            long type = a.type();
            if (type == Cka.MODULUS_BITS) {
                modulusBits = Math.toIntExact(a.asLong());
            } else if (type == Cka.VALUE_LEN) {
                valueBits = Math.multiplyExact(Math.toIntExact(a.asLong()), 8);
            } else if (type == Cka.EC_PARAMS) {
                curve = EcCurves.name(present(a).toByteArray());
            } else if (type == Cka.CLASS) {
                objectClass = objectClass(a.asLong());
            } else if (type == Cka.KEY_TYPE) {
                keyType = keyType(a.asLong());
            } else if (!NOT_STORED.contains(type)) {
                throw new CkrException(Ckr.ATTRIBUTE_TYPE_INVALID, Cka.name(type) + " cannot be set on a key");
            }
        }

        private void usage(KeyUsage usage, boolean allowed) {
            if (usages == null) {
                usages = EnumSet.noneOf(KeyUsage.class);
            }
            if (allowed) {
                usages.add(usage);
            }
        }

        TemplateAttributes build() {
            return new TemplateAttributes(new KeyTemplate(label, id, token, sensitive, extractable, usages),
                    modulusBits, valueBits, curve, objectClass, keyType);
        }
    }

    private static dev.dhsm.wire.message.Octets present(Attribute a) {
        if (!a.isAvailable()) {
            throw new IllegalStateException("unavailable");
        }
        return a.value();
    }

    static ObjectClass objectClass(long code) {
        for (ObjectClass c : ObjectClass.values()) {
            if (c.code() == code) {
                return c;
            }
        }
        throw new CkrException(Ckr.ATTRIBUTE_VALUE_INVALID, "a partition holds no objects of class " + code);
    }

    private static KeyType keyType(long code) {
        for (KeyType t : KeyType.values()) {
            if (t.code() == code) {
                return t;
            }
        }
        throw new CkrException(Ckr.ATTRIBUTE_VALUE_INVALID, "a partition holds no keys of type " + code);
    }
}
