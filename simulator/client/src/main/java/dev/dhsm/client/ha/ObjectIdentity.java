package dev.dhsm.client.ha;

import dev.dhsm.client.Session;
import dev.dhsm.wire.message.Attribute;
import dev.dhsm.wire.pkcs11.Cka;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * What makes two objects on two HA members replicas of each other: class, key type, label and {@code CKA_ID}, all of
 * which cloning carries over. (A real client matches replicas by the object's unique ID, which cloning also keeps;
 * the emulated firmware has none, see docs/fidelity.md.)
 *
 * @param objectClass {@code CKA_CLASS}
 * @param keyType     {@code CKA_KEY_TYPE}, -1 when the object has none
 * @param label       {@code CKA_LABEL}
 * @param id          {@code CKA_ID} in hex, empty when it has none
 */
record ObjectIdentity(long objectClass, long keyType, String label, String id) {

    private static final List<Long> TYPES = List.of(Cka.CLASS, Cka.KEY_TYPE, Cka.LABEL, Cka.ID);

    /** Reads an object's identity through a member session. */
    static ObjectIdentity of(Session session, long handle) {
        List<Attribute> a = session.attributes(handle, TYPES);
        long cls = a.get(0).isAvailable() ? a.get(0).asLong() : -1;
        long type = a.get(1).isAvailable() ? a.get(1).asLong() : -1;
        String label = a.get(2).isAvailable() ? a.get(2).asString() : "";
        String id = a.get(3).isAvailable() ? HexFormat.of().formatHex(a.get(3).value().toByteArray()) : "";
        return new ObjectIdentity(cls, type, label, id);
    }

    /** The objects on a member session that are replicas of this one. */
    List<Long> findOn(Session session) {
        List<Attribute> template = new ArrayList<>();
        template.add(Attribute.ulong(Cka.CLASS, objectClass));
        if (!label.isEmpty()) {
            template.add(Attribute.string(Cka.LABEL, label));
        }
        List<Long> out = new ArrayList<>();
        for (long handle : session.findObjects(template)) {
            if (of(session, handle).equals(this)) {
                out.add(handle);
            }
        }
        return out;
    }
}
