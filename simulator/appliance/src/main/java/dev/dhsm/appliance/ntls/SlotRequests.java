package dev.dhsm.appliance.ntls;

import dev.dhsm.model.Ckr;
import dev.dhsm.model.CkrException;
import dev.dhsm.model.HsmView;
import dev.dhsm.model.PartitionSession;
import dev.dhsm.model.SlotView;
import dev.dhsm.model.Versions;
import dev.dhsm.wire.NtlsWireFormat;
import dev.dhsm.wire.message.CloseSession;
import dev.dhsm.wire.message.Hello;
import dev.dhsm.wire.message.HelloOk;
import dev.dhsm.wire.message.InitToken;
import dev.dhsm.wire.message.Ok;
import dev.dhsm.wire.message.OpenSession;
import dev.dhsm.wire.message.SessionOpened;
import dev.dhsm.wire.message.SlotInfo;
import dev.dhsm.wire.message.SlotList;

/**
 * What a Luna client learns about the appliance and its slots over NTLS: {@code Hello} (software, firmware and HSM
 * serial), the slots of the partitions assigned to it ({@code C_GetSlotList}, {@code vtl verify}), sessions on
 * them, and {@code partition init} ({@code C_InitToken}).
 *
 * <p>A slot's id is its partition's serial number, so it stays the same whatever else is assigned or revoked.
 */
final class SlotRequests {

    /** What LunaCM prints as the slot's model: {@code LunaSA 7.2.0}. */
    static final String MODEL = "LunaSA " + Versions.SOFTWARE.replaceFirst("-.*$", "");
    static final String WITH_CLONING = "Luna User Partition With SO (PW) Signing With Cloning Mode";
    static final String WITHOUT_CLONING = "Luna User Partition With SO (PW) Signing Without Cloning Mode";

    private final NtlsClient client;

    SlotRequests(NtlsClient client) {
        this.client = client;
    }

    HelloOk hello(Hello hello) {
        client.name(); // only a client the model admitted is answered
        HsmView hsm = client.appliance().transact(tx -> tx.hsm().view(null));
        return new HelloOk(NtlsWireFormat.VERSION, hsm.softwareVersion(), hsm.firmware(), hsm.serial());
    }

    SlotList listSlots() {
        String name = client.name();
        return new SlotList(client.appliance().transact(tx -> tx.slots().list(name)).stream()
                .map(SlotRequests::slot).toList());
    }

    SessionOpened openSession(OpenSession request) {
        String name = client.name();
        return new SessionOpened(client.appliance().transact(tx -> {
            PartitionSession session = tx.slots().open(name, serial(request.slotId()));
            if (!client.sessions().add(session)) {
                tx.slots().close(session);
                throw new CkrException(Ckr.DEVICE_ERROR, "the connection is closing");
            }
            return session.id();
        }));
    }

    Ok closeSession(CloseSession request) {
        client.appliance().run(tx -> tx.slots().close(client.sessions().remove(request.session())));
        return new Ok();
    }

    /** {@code partition init} on a slot: the model needs a session for it, which lives only for the call. */
    Ok initToken(InitToken request) {
        String name = client.name();
        client.appliance().run(tx -> {
            PartitionSession session = tx.slots().open(name, serial(request.slotId()));
            try {
                tx.roles().initPartition(session, request.label(), request.soPin(), request.domain());
            } finally {
                tx.slots().close(session);
            }
        });
        return new Ok();
    }

    static SlotInfo slot(SlotView view) {
        return new SlotInfo(Long.parseLong(view.serial()), view.serial(), view.label() == null ? "" : view.label(),
                MODEL, Versions.FIRMWARE, view.privateKeyCloning() == 1 ? WITH_CLONING : WITHOUT_CLONING,
                view.initialized());
    }

    /** The partition serial a slot id stands for. */
    static String serial(long slotId) {
        return Long.toUnsignedString(slotId);
    }
}
