package dev.dhsm.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RoleOperationsTest {
    private final PartitionFixture pf = new PartitionFixture();
    private final Appliance a = pf.f.appliance;
    private final PartitionSession s = pf.session;

    @Test
    void beforePartitionInitTheRolesAreNotYetInitialized() {
        assertEquals(Ckr.USER_PIN_NOT_INITIALIZED,
                pf.failure(() -> a.run(tx -> tx.roles().login(s, PartitionRole.PO, "whatever1"))));
    }

    @Test
    void theCryptoOfficerMustChangeItsPasswordAfterInit() {
        a.run(tx -> tx.roles().initPartition(s, "P1", PartitionFixture.PO_PIN, "dom"));
        a.run(tx -> tx.roles().login(s, PartitionRole.PO, PartitionFixture.PO_PIN));
        a.run(tx -> tx.roles().initRole(s, PartitionRole.CO, "firstCOpw1"));
        a.run(tx -> tx.roles().logout(s));
        a.run(tx -> tx.roles().login(s, PartitionRole.CO, "firstCOpw1"));
        assertTrue(a.transact(tx -> tx.roles().show(s, PartitionRole.CO)).pinExpired());
        assertEquals(Ckr.PIN_EXPIRED, pf.failure(() -> a.run(tx -> tx.objects().generateKey(s, Mechanism.AES_KEY_GEN,
                256, PartitionFixture.signing("k")))));
        a.run(tx -> tx.roles().changePin(s, PartitionRole.CO, "firstCOpw1", PartitionFixture.CO_PIN));
        assertFalse(a.transact(tx -> tx.roles().show(s, PartitionRole.CO)).pinExpired());
    }

    @Test
    void tenBadPartitionSoLoginsZeroizeThePartition() {
        pf.withCryptoOfficer();
        a.run(tx -> tx.objects().generateKey(s, Mechanism.AES_KEY_GEN, 256, PartitionFixture.signing("k")));
        a.run(tx -> tx.roles().logout(s));
        for (int i = 0; i < 10; i++) {
            assertEquals(Ckr.PIN_INCORRECT, pf.failure(() -> a.run(tx -> tx.roles().login(s, PartitionRole.PO, "bad"))));
        }
        SlotView v = a.transact(tx -> tx.slots().info(s));
        assertFalse(v.initialized());
        assertEquals(0, v.objects());
        assertEquals(Ckr.USER_PIN_NOT_INITIALIZED,
                pf.failure(() -> a.run(tx -> tx.roles().login(s, PartitionRole.CO, PartitionFixture.CO_PIN))));
        a.run(tx -> tx.roles().initPartition(s, "P1", "newPOpass1", "domain-a"));
        a.run(tx -> tx.roles().login(s, PartitionRole.PO, "newPOpass1"));
    }

    @Test
    void withPolicy15OffALockedCryptoOfficerStaysLocked() {
        pf.withCryptoOfficer();
        a.run(tx -> tx.roles().logout(s));
        lockCryptoOfficer();
        a.run(tx -> tx.roles().login(s, PartitionRole.PO, PartitionFixture.PO_PIN));
        assertEquals(Ckr.USER_NOT_AUTHORIZED,
                pf.failure(() -> a.run(tx -> tx.roles().resetPin(s, PartitionRole.CO, "resetCOpw1"))));
        assertTrue(a.transact(tx -> tx.roles().show(s, PartitionRole.CO)).locked());
    }

    @Test
    void withPolicy15OnThePartitionSoUnlocksTheCryptoOfficer() {
        PartitionFixture fresh = new PartitionFixture(m -> m.appliance.run(tx -> tx.hsm().changePolicy(m.ssh, 15, 1)))
                .withCryptoOfficer();
        Appliance app = fresh.f.appliance;
        PartitionSession ss = fresh.session;
        app.run(tx -> tx.roles().logout(ss));
        for (int i = 0; i < 10; i++) {
            assertEquals(Ckr.PIN_INCORRECT, fresh.failure(() -> app.run(tx -> tx.roles().login(ss, PartitionRole.CO,
                    "bad"))));
        }
        assertEquals(Ckr.PIN_LOCKED, fresh.failure(() -> app.run(tx -> tx.roles().login(ss, PartitionRole.CO,
                PartitionFixture.CO_PIN))));
        app.run(tx -> tx.roles().login(ss, PartitionRole.PO, PartitionFixture.PO_PIN));
        app.run(tx -> tx.roles().resetPin(ss, PartitionRole.CO, "resetCOpw1"));
        app.run(tx -> tx.roles().logout(ss));
        app.run(tx -> tx.roles().login(ss, PartitionRole.CO, "resetCOpw1"));
        assertTrue(app.transact(tx -> tx.roles().show(ss, PartitionRole.CO)).pinExpired());
    }

    @Test
    void partitionPolicy20LowersTheThreshold() {
        pf.withCryptoOfficer();
        a.run(tx -> tx.roles().logout(s));
        a.run(tx -> tx.roles().login(s, PartitionRole.PO, PartitionFixture.PO_PIN));
        a.run(tx -> tx.partitionPolicies().change(s, 20, 3));
        a.run(tx -> tx.roles().logout(s));
        for (int i = 0; i < 3; i++) {
            pf.failure(() -> a.run(tx -> tx.roles().login(s, PartitionRole.CO, "bad")));
        }
        assertTrue(a.transact(tx -> tx.roles().show(s, PartitionRole.CO)).locked());
    }

    private void lockCryptoOfficer() {
        for (int i = 0; i < 10; i++) {
            assertEquals(Ckr.PIN_INCORRECT, pf.failure(() -> a.run(tx -> tx.roles().login(s, PartitionRole.CO, "bad"))));
        }
        assertEquals(Ckr.PIN_LOCKED, pf.failure(() -> a.run(tx -> tx.roles().login(s, PartitionRole.CO,
                PartitionFixture.CO_PIN))));
    }

}
