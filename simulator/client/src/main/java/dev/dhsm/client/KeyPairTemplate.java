package dev.dhsm.client;

import dev.dhsm.wire.message.Attribute;
import dev.dhsm.wire.message.Mechanism;
import dev.dhsm.wire.message.Octets;
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
 * What an application asks for when it generates a key pair in a Luna partition ({@code C_GenerateKeyPair}):
 * RSA with a modulus size or EC on a named curve, a label and the usages, turned into the public and private
 * PKCS#11 templates. Keys are token objects; the private key is sensitive and, unless asked, not extractable.
 *
 * @param rsaBits     the modulus size for RSA, 0 for EC
 * @param curve       the curve for EC, null for RSA
 * @param label       {@code CKA_LABEL} of both keys
 * @param usages      the usages; each is set on the key that can perform it (sign/decrypt/unwrap on the private
 *                    key, verify/encrypt/wrap on the public key)
 * @param extractable {@code CKA_EXTRACTABLE} of the private key
 */
public record KeyPairTemplate(int rsaBits, EcCurve curve, String label, Set<KeyUsage> usages, boolean extractable) {

    private static final Set<KeyUsage> PRIVATE_USAGES = EnumSet.of(KeyUsage.SIGN, KeyUsage.DECRYPT, KeyUsage.UNWRAP);
    private static final Octets RSA_F4 = Octets.of((byte) 0x01, (byte) 0x00, (byte) 0x01);

    public KeyPairTemplate {
        Objects.requireNonNull(label, "label");
        usages = usages.isEmpty() ? EnumSet.noneOf(KeyUsage.class) : EnumSet.copyOf(usages);
        if ((curve == null) == (rsaBits == 0)) {
            throw new IllegalArgumentException("give either RSA bits or an EC curve");
        }
    }

    /** An RSA key pair with public exponent 65537, for signing and verifying unless {@link #withUsages} says otherwise. */
    public static KeyPairTemplate rsa(int bits) {
        return new KeyPairTemplate(bits, null, "", EnumSet.of(KeyUsage.SIGN, KeyUsage.VERIFY), false);
    }

    /** An EC key pair on {@code curve}, for signing and verifying. */
    public static KeyPairTemplate ec(EcCurve curve) {
        return new KeyPairTemplate(0, Objects.requireNonNull(curve, "curve"), "",
                EnumSet.of(KeyUsage.SIGN, KeyUsage.VERIFY), false);
    }

    public KeyPairTemplate withLabel(String newLabel) {
        return new KeyPairTemplate(rsaBits, curve, newLabel, usages, extractable);
    }

    public KeyPairTemplate withUsages(KeyUsage... newUsages) {
        return new KeyPairTemplate(rsaBits, curve, label, Set.of(newUsages), extractable);
    }

    public KeyPairTemplate withExtractable(boolean value) {
        return new KeyPairTemplate(rsaBits, curve, label, usages, value);
    }

    /** {@code CKM_RSA_PKCS_KEY_PAIR_GEN} or {@code CKM_EC_KEY_PAIR_GEN}. */
    public Mechanism mechanism() {
        return Mechanism.of(curve == null ? Ckm.RSA_PKCS_KEY_PAIR_GEN : Ckm.EC_KEY_PAIR_GEN);
    }

    /** The public key's template. */
    public List<Attribute> publicTemplate() {
        List<Attribute> t = common(Cko.PUBLIC_KEY);
        if (curve == null) {
            t.add(Attribute.ulong(Cka.MODULUS_BITS, rsaBits));
            t.add(Attribute.bytes(Cka.PUBLIC_EXPONENT, RSA_F4));
        } else {
            t.add(Attribute.bytes(Cka.EC_PARAMS, curve.ecParams()));
        }
        for (KeyUsage usage : EnumSet.complementOf(EnumSet.copyOf(PRIVATE_USAGES))) {
            t.add(Attribute.bool(usage.attribute(), usages.contains(usage)));
        }
        return t;
    }

    /** The private key's template. */
    public List<Attribute> privateTemplate() {
        List<Attribute> t = common(Cko.PRIVATE_KEY);
        t.add(Attribute.bool(Cka.PRIVATE, true));
        t.add(Attribute.bool(Cka.SENSITIVE, true));
        t.add(Attribute.bool(Cka.EXTRACTABLE, extractable));
        for (KeyUsage usage : PRIVATE_USAGES) {
            t.add(Attribute.bool(usage.attribute(), usages.contains(usage)));
        }
        return t;
    }

    private List<Attribute> common(long objectClass) {
        List<Attribute> t = new ArrayList<>();
        t.add(Attribute.ulong(Cka.CLASS, objectClass));
        t.add(Attribute.ulong(Cka.KEY_TYPE, curve == null ? Ckk.RSA : Ckk.EC));
        t.add(Attribute.bool(Cka.TOKEN, true));
        if (!label.isEmpty()) {
            t.add(Attribute.string(Cka.LABEL, label));
        }
        return t;
    }
}
