package dev.dhsm.appliance.ntls;

import dev.dhsm.model.ApplianceTx;
import dev.dhsm.model.Ckr;
import dev.dhsm.model.CkrException;
import dev.dhsm.model.KeyObject;
import dev.dhsm.model.Mechanism;
import dev.dhsm.model.ObjectClass;
import dev.dhsm.model.PartitionSession;
import dev.dhsm.wire.message.Attribute;
import dev.dhsm.wire.message.AttributeValues;
import dev.dhsm.wire.message.DestroyObject;
import dev.dhsm.wire.message.FindObjects;
import dev.dhsm.wire.message.GenerateKey;
import dev.dhsm.wire.message.GenerateKeyPair;
import dev.dhsm.wire.message.GetAttributes;
import dev.dhsm.wire.message.KeyPairHandles;
import dev.dhsm.wire.message.ObjectHandle;
import dev.dhsm.wire.message.ObjectHandles;
import dev.dhsm.wire.message.Octets;
import dev.dhsm.wire.message.Ok;
import dev.dhsm.wire.pkcs11.Cka;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A partition's key objects as an application reaches them over NTLS: {@code C_GenerateKey},
 * {@code C_GenerateKeyPair}, {@code C_FindObjects}, {@code C_GetAttributeValue} and {@code C_DestroyObject}.
 *
 * <p>{@code C_FindObjects} hands the label and class to the model and keeps, of what the model returns, the objects
 * whose other attributes read exactly as the template gives them (PKCS#11 template matching).
 */
final class ObjectRequests {

    private final NtlsClient client;

    ObjectRequests(NtlsClient client) {
        this.client = client;
    }

    ObjectHandle generateKey(GenerateKey request) {
        PartitionSession session = client.session(request.session());
        Mechanism mechanism = keyGeneration(request.mechanism());
        TemplateAttributes template = TemplateAttributes.of(request.template());
        return new ObjectHandle(client.appliance().transact(tx -> tx.objects().generateKey(session, mechanism,
                template.valueBits(), template.template())));
    }

    KeyPairHandles generateKeyPair(GenerateKeyPair request) {
        PartitionSession session = client.session(request.session());
        Mechanism mechanism = keyGeneration(request.mechanism());
        TemplateAttributes publicPart = TemplateAttributes.of(request.publicTemplate());
        TemplateAttributes privatePart = TemplateAttributes.of(request.privateTemplate());
        int bits = publicPart.modulusBits() != 0 ? publicPart.modulusBits() : privatePart.modulusBits();
        String curve = publicPart.curve() != null ? publicPart.curve() : privatePart.curve();
        long[] handles = client.appliance().transact(tx -> tx.objects().generateKeyPair(session, mechanism, bits,
                curve, publicPart.template(), privatePart.template()));
        return new KeyPairHandles(handles[0], handles[1]);
    }

    ObjectHandles find(FindObjects request) {
        PartitionSession session = client.session(request.session());
        String label = null;
        ObjectClass objectClass = null;
        List<Attribute> others = new ArrayList<>();
        try {
            for (Attribute a : request.template()) {
                if (a.type() == Cka.LABEL) {
                    label = a.asString();
                } else if (a.type() == Cka.CLASS) {
                    objectClass = TemplateAttributes.objectClass(a.asLong());
                } else {
                    others.add(a);
                }
            }
        } catch (IllegalStateException e) {
            throw new CkrException(Ckr.ATTRIBUTE_VALUE_INVALID, "a template value does not decode");
        } catch (CkrException e) {
            return new ObjectHandles(List.of()); // a class no partition object has matches nothing
        }
        String byLabel = label;
        ObjectClass byClass = objectClass;
        List<KeyObject> found = client.appliance().transact(tx -> tx.objects().find(session, byLabel, byClass));
        return new ObjectHandles(found.stream().filter(o -> matches(o, others)).map(KeyObject::handle).toList());
    }

    AttributeValues attributes(GetAttributes request) {
        PartitionSession session = client.session(request.session());
        return client.appliance().transact(tx -> {
            KeyObject object = tx.objects().get(session, request.handle());
            long status = Ckr.OK.code();
            List<Attribute> values = new ArrayList<>();
            for (long type : request.types()) {
                try {
                    Optional<Attribute> value = read(tx, session, object, type);
                    values.add(value.orElse(Attribute.unavailable(type)));
                    if (value.isEmpty() && status == Ckr.OK.code()) {
                        status = Ckr.ATTRIBUTE_TYPE_INVALID.code();
                    }
                } catch (CkrException e) {
                    if (e.ckr() != Ckr.ATTRIBUTE_SENSITIVE) {
                        throw e;
                    }
                    values.add(Attribute.unavailable(type));
                    status = Ckr.ATTRIBUTE_SENSITIVE.code();
                }
            }
            return new AttributeValues(status, values);
        });
    }

    Ok destroy(DestroyObject request) {
        PartitionSession session = client.session(request.session());
        client.appliance().run(tx -> tx.objects().destroy(session, request.handle()));
        return new Ok();
    }

    /** {@code CKA_VALUE} of a secret key comes through the model, which refuses a sensitive key. */
    private static Optional<Attribute> read(ApplianceTx tx, PartitionSession session, KeyObject object, long type) {
        if (type == Cka.VALUE && object.objectClass() == ObjectClass.SECRET_KEY) {
            return Optional.of(Attribute.bytes(type, Octets.of(tx.objects().exportValue(session,
                    object.handle()))));
        }
        return KeyAttributes.read(object, type);
    }

    private static boolean matches(KeyObject object, List<Attribute> template) {
        for (Attribute wanted : template) {
            try {
                if (!KeyAttributes.read(object, wanted.type()).map(wanted::equals).orElse(false)) {
                    return false;
                }
            } catch (CkrException sensitive) {
                return false;
            }
        }
        return true;
    }

    private static Mechanism keyGeneration(dev.dhsm.wire.message.Mechanism wire) {
        Mechanism mechanism = Mechanisms.mechanism(wire);
        Mechanisms.params(mechanism, wire);
        return mechanism;
    }
}
