package dev.dhsm.model;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/** An initialized HSM with partition p1 assigned to the registered client app1 and a session on it. */
final class PartitionFixture {
    static final String PO_PIN = "POpassw0rd";
    static final String CO_PIN = "COpassw0rd";
    static final String CU_PIN = "CUpassw0rd";

    final ModelFixture f = new ModelFixture().initialized();
    final PartitionView partition;
    final PartitionSession session;

    PartitionFixture() {
        this(f -> { });
    }

    /** As the default, with something done on the initialized HSM before the partition is created. */
    PartitionFixture(java.util.function.Consumer<ModelFixture> beforePartition) {
        beforePartition.accept(f);
        partition = f.appliance.transact(tx -> tx.partitions().create(f.ssh, "p1", null));
        f.files.write("tenantadmin", "app1.pem", resource("/app1.pem"));
        f.appliance.run(tx -> tx.clients().register(f.ssh, "app1", "127.0.0.1", true));
        f.appliance.run(tx -> tx.clients().assign("app1", "p1"));
        session = open();
    }

    PartitionSession open() {
        return f.appliance.transact(tx -> tx.slots().open("app1", partition.serial()));
    }

    /** partition init, CO initialized and its password changed, logged in as CO. */
    PartitionFixture withCryptoOfficer() {
        f.appliance.run(tx -> tx.roles().initPartition(session, "P1", PO_PIN, "domain-a"));
        f.appliance.run(tx -> tx.roles().login(session, PartitionRole.PO, PO_PIN));
        f.appliance.run(tx -> tx.roles().initRole(session, PartitionRole.CO, "firstCOpw1"));
        f.appliance.run(tx -> tx.roles().logout(session));
        f.appliance.run(tx -> tx.roles().login(session, PartitionRole.CO, "firstCOpw1"));
        f.appliance.run(tx -> tx.roles().changePin(session, PartitionRole.CO, "firstCOpw1", CO_PIN));
        return this;
    }

    Ckr failure(Runnable r) {
        try {
            r.run();
        } catch (CkrException e) {
            return e.ckr();
        }
        throw new AssertionError("expected a CkrException");
    }

    static KeyTemplate signing(String label) {
        return KeyTemplate.labelled(label, Set.of(KeyUsage.SIGN));
    }

    static KeyTemplate verifying(String label) {
        return KeyTemplate.labelled(label, Set.of(KeyUsage.VERIFY));
    }

    static byte[] resource(String name) {
        try (InputStream in = PartitionFixture.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
