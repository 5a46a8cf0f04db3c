package dev.dhsm.client;

import dev.dhsm.wire.message.Attribute;
import dev.dhsm.wire.message.Mechanism;
import dev.dhsm.wire.pkcs11.Cka;
import dev.dhsm.wire.pkcs11.Ckk;
import dev.dhsm.wire.pkcs11.Ckm;
import dev.dhsm.wire.pkcs11.Cko;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What an application asks for when it generates an AES key in a Luna partition ({@code C_GenerateKey}): the size,
 * a label and the usages. Keys are sensitive token objects, extractable only when asked (wrapping needs it).
 *
 * @param bits        128, 192 or 256
 * @param label       {@code CKA_LABEL}
 * @param usages      the usages set to true
 * @param extractable {@code CKA_EXTRACTABLE}
 */
public record SecretKeyTemplate(int bits, String label, Set<KeyUsage> usages, boolean extractable) {

    public SecretKeyTemplate {
        Objects.requireNonNull(label, "label");
        usages = usages.isEmpty() ? EnumSet.noneOf(KeyUsage.class) : EnumSet.copyOf(usages);
    }

    /** An AES key for encryption, decryption, wrapping and unwrapping. */
    public static SecretKeyTemplate aes(int bits) {
        return new SecretKeyTemplate(bits, "",
                EnumSet.of(KeyUsage.ENCRYPT, KeyUsage.DECRYPT, KeyUsage.WRAP, KeyUsage.UNWRAP), false);
    }

    public SecretKeyTemplate withLabel(String newLabel) {
        return new SecretKeyTemplate(bits, newLabel, usages, extractable);
    }

    public SecretKeyTemplate withUsages(KeyUsage... newUsages) {
        return new SecretKeyTemplate(bits, label, Set.of(newUsages), extractable);
    }

    public SecretKeyTemplate withExtractable(boolean value) {
        return new SecretKeyTemplate(bits, label, usages, value);
    }

    /** {@code CKM_AES_KEY_GEN}. */
    public Mechanism mechanism() {
        return Mechanism.of(Ckm.AES_KEY_GEN);
    }

    /** The key's template. */
    public List<Attribute> template() {
        List<Attribute> t = unwrapTemplate();
        t.add(Attribute.ulong(Cka.VALUE_LEN, bits / 8));
        return t;
    }

    /** The template for an AES key that arrives by {@code C_UnwrapKey} (its length comes from the wrapped key). */
    public List<Attribute> unwrapTemplate() {
        List<Attribute> t = new ArrayList<>();
        t.add(Attribute.ulong(Cka.CLASS, Cko.SECRET_KEY));
        t.add(Attribute.ulong(Cka.KEY_TYPE, Ckk.AES));
        t.add(Attribute.bool(Cka.TOKEN, true));
        if (!label.isEmpty()) {
            t.add(Attribute.string(Cka.LABEL, label));
        }
        t.add(Attribute.bool(Cka.SENSITIVE, true));
        t.add(Attribute.bool(Cka.EXTRACTABLE, extractable));
        for (KeyUsage usage : KeyUsage.values()) {
            t.add(Attribute.bool(usage.attribute(), usages.contains(usage)));
        }
        return t;
    }
}
