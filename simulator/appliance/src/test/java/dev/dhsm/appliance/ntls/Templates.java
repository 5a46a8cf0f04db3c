package dev.dhsm.appliance.ntls;

import dev.dhsm.wire.message.Attribute;
import dev.dhsm.wire.message.Octets;
import dev.dhsm.wire.pkcs11.Cka;
import java.util.List;

/** PKCS#11 key templates as a Luna application sends them, for the NTLS tests and the benchmark. */
final class Templates {

    static final Octets P256 = Octets.fromHex("06082a8648ce3d030107");

    private Templates() {
    }

    static List<Attribute> rsaPublic(String label, int bits) {
        return List.of(Attribute.string(Cka.LABEL, label), Attribute.ulong(Cka.MODULUS_BITS, bits),
                Attribute.bool(Cka.TOKEN, true), Attribute.bool(Cka.VERIFY, true));
    }

    static List<Attribute> ecPublic(String label, Octets curve) {
        return List.of(Attribute.string(Cka.LABEL, label), Attribute.bytes(Cka.EC_PARAMS, curve),
                Attribute.bool(Cka.TOKEN, true), Attribute.bool(Cka.VERIFY, true));
    }

    static List<Attribute> signing(String label) {
        return List.of(Attribute.string(Cka.LABEL, label), Attribute.bool(Cka.TOKEN, true),
                Attribute.bool(Cka.SENSITIVE, true), Attribute.bool(Cka.EXTRACTABLE, false),
                Attribute.bool(Cka.SIGN, true));
    }

    static List<Attribute> aes(String label, int bytes, boolean sensitive) {
        return List.of(Attribute.string(Cka.LABEL, label), Attribute.ulong(Cka.VALUE_LEN, bytes),
                Attribute.bool(Cka.TOKEN, true), Attribute.bool(Cka.SENSITIVE, sensitive),
                Attribute.bool(Cka.EXTRACTABLE, !sensitive), Attribute.bool(Cka.ENCRYPT, true),
                Attribute.bool(Cka.DECRYPT, true));
    }
}
