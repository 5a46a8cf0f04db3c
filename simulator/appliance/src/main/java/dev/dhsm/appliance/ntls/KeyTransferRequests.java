package dev.dhsm.appliance.ntls;

import dev.dhsm.model.Mechanism;
import dev.dhsm.model.PartitionSession;
import dev.dhsm.wire.message.CloneIn;
import dev.dhsm.wire.message.CloneOut;
import dev.dhsm.wire.message.DataResult;
import dev.dhsm.wire.message.ObjectHandle;
import dev.dhsm.wire.message.Octets;
import dev.dhsm.wire.message.UnwrapKey;
import dev.dhsm.wire.message.WrapKey;

/**
 * Keys leaving and entering a partition over NTLS: {@code C_WrapKey} and {@code C_UnwrapKey} (partition policies
 * 1, 2, 5 and 6 decide), and Luna cloning, the source and target halves of backup, restore and HA synchronisation
 * (policies 0 and 4 and the cloning domain decide). The model makes every decision.
 */
final class KeyTransferRequests {

    private final NtlsClient client;

    KeyTransferRequests(NtlsClient client) {
        this.client = client;
    }

    DataResult wrap(WrapKey request) {
        PartitionSession session = client.session(request.session());
        Mechanism mechanism = Mechanisms.mechanism(request.mechanism());
        Mechanisms.params(mechanism, request.mechanism());
        byte[] wrapped = client.appliance().transact(tx -> tx.objects().wrap(session, request.wrappingKey(),
                request.key(), mechanism));
        return new DataResult(Octets.of(wrapped));
    }

    ObjectHandle unwrap(UnwrapKey request) {
        PartitionSession session = client.session(request.session());
        Mechanism mechanism = Mechanisms.mechanism(request.mechanism());
        Mechanisms.params(mechanism, request.mechanism());
        TemplateAttributes template = TemplateAttributes.of(request.template());
        byte[] wrapped = request.wrappedKey().toByteArray();
        return new ObjectHandle(client.appliance().transact(tx -> tx.objects().unwrap(session,
                request.unwrappingKey(), mechanism, wrapped, template.objectClass(), template.keyType(),
                template.template())));
    }

    DataResult cloneOut(CloneOut request) {
        PartitionSession session = client.session(request.session());
        return new DataResult(Octets.of(client.appliance().transact(tx -> tx.objects().cloneOut(session,
                request.handle()))));
    }

    ObjectHandle cloneIn(CloneIn request) {
        PartitionSession session = client.session(request.session());
        byte[] blob = request.blob().toByteArray();
        return new ObjectHandle(client.appliance().transact(tx -> tx.objects().cloneIn(session, blob)));
    }
}
