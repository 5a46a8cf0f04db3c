package dev.dhsm.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PartitionOperationsTest {
    private final ModelFixture f = new ModelFixture();

    @Test
    void creatingBeforeInitFailsWithTheHsmNotInitializedError() {
        assertEquals(LunaError.USER_PIN_NOT_INITIALIZED,
                f.failure(() -> f.appliance.run(tx -> tx.partitions().create(f.ssh, "p1", null))));
    }

    @Test
    void creatingNeedsTheSoLoggedIn() {
        f.initialized();
        f.appliance.run(tx -> tx.hsm().logout(f.ssh));
        assertEquals(LunaError.USER_NOT_LOGGED_IN,
                f.failure(() -> f.appliance.run(tx -> tx.partitions().create(f.ssh, "p1", null))));
    }

    @Test
    void tenPartitionsAtMostEachCostingTheOverhead() {
        f.initialized();
        for (int i = 0; i < 10; i++) {
            int n = i;
            f.appliance.run(tx -> tx.partitions().create(f.ssh, "p" + n, 100_000L));
        }
        HsmView v = f.appliance.transact(tx -> tx.hsm().view(f.ssh));
        assertEquals(10 * (100_000L + Partition.OVERHEAD_BYTES), v.storageUsed());
        assertEquals(LunaError.LICENSE_CAPACITY_EXCEEDED,
                f.failure(() -> f.appliance.run(tx -> tx.partitions().create(f.ssh, "p10", 1000L))));
    }

    @Test
    void defaultSizeIsAnEqualShareOfTheFreeStorage() {
        f.initialized();
        PartitionView p = f.appliance.transact(tx -> tx.partitions().create(f.ssh, "p1", null));
        assertEquals(Versions.HSM_STORAGE_BYTES / 10 - Partition.OVERHEAD_BYTES, p.totalBytes());
    }

    @Test
    void namesAreOneToThirtyTwoCharactersAndUnique() {
        f.initialized();
        f.appliance.run(tx -> tx.partitions().create(f.ssh, "x".repeat(32), 1000L));
        assertEquals(LunaError.RC_DATA_INVALID,
                f.failure(() -> f.appliance.run(tx -> tx.partitions().create(f.ssh, "x".repeat(33), 1000L))));
        assertEquals(LunaError.RC_DATA_INVALID,
                f.failure(() -> f.appliance.run(tx -> tx.partitions().create(f.ssh, "", 1000L))));
        assertEquals(LunaError.RC_OBJECT_ALREADY_EXISTS,
                f.failure(() -> f.appliance.run(tx -> tx.partitions().create(f.ssh, "x".repeat(32), 1000L))));
    }

    @Test
    void tooLargeAPartitionDoesNotFit() {
        f.initialized();
        assertEquals(LunaError.HSM_STORAGE_FULL,
                f.failure(() -> f.appliance.run(tx -> tx.partitions().create(f.ssh, "big", Versions.HSM_STORAGE_BYTES))));
    }

    @Test
    void deletingAnUnknownPartitionIsNotInList() {
        f.initialized();
        assertEquals(LunaError.RC_OBJECT_NOT_IN_LIST,
                f.failure(() -> f.appliance.run(tx -> tx.partitions().delete(f.ssh, "nope"))));
        f.appliance.run(tx -> tx.partitions().create(f.ssh, "p1", null));
        f.appliance.run(tx -> tx.partitions().delete(f.ssh, "p1"));
        assertEquals(0, f.appliance.transact(tx -> tx.partitions().list()).size());
    }
}
