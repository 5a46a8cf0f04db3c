package dev.dhsm.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HsmOperationsTest {
    private final ModelFixture f = new ModelFixture();

    @Test
    void factoryFreshAzureHsmIsZeroizedWithAuditInitialized() {
        HsmView v = f.appliance.transact(tx -> tx.hsm().view(f.ssh));
        assertEquals(HsmLifecycle.FACTORY_FRESH, v.lifecycle());
        assertTrue(v.zeroized());
        assertTrue(v.auditInitialized());
        assertEquals("7.2.0-220", v.softwareVersion());
        assertEquals("7.0.3", v.firmware());
        assertEquals(10, v.partitionsAllowed());
        assertEquals(33_554_432L, v.storageFree());
    }

    @Test
    void soLoginBeforeInitFailsWithTheAppliancesOwnError() {
        assertEquals(LunaError.USER_PIN_NOT_INITIALIZED,
                f.failure(() -> f.appliance.run(tx -> tx.hsm().login(f.ssh, "anything"))));
    }

    @Test
    void threeConsecutiveBadSoLoginsZeroizeTheHsm() {
        f.initialized();
        f.appliance.run(tx -> tx.partitions().create(f.ssh, "p1", null));
        f.appliance.run(tx -> tx.hsm().logout(f.ssh));
        assertEquals(LunaError.UM_PIN_INCORRECT, f.failure(() -> f.appliance.run(tx -> tx.hsm().login(f.ssh, "x1"))));
        assertEquals(2, f.appliance.<Integer>transact(tx -> tx.hsm().soAttemptsLeft()));
        assertEquals(LunaError.UM_PIN_INCORRECT, f.failure(() -> f.appliance.run(tx -> tx.hsm().login(f.ssh, "x2"))));
        assertEquals(1, f.appliance.<Integer>transact(tx -> tx.hsm().soAttemptsLeft()));
        assertEquals(LunaError.SO_LOGIN_FAILURE_THRESHOLD,
                f.failure(() -> f.appliance.run(tx -> tx.hsm().login(f.ssh, "x3"))));
        HsmView v = f.appliance.transact(tx -> tx.hsm().view(f.ssh));
        assertEquals(HsmLifecycle.ZEROIZED, v.lifecycle());
        assertTrue(v.partitions().isEmpty());
        assertNull(f.appliance.transact(tx -> tx.state().hsm().masterKey()));
    }

    @Test
    void aSuccessfulLoginResetsTheCounter() {
        f.initialized();
        f.appliance.run(tx -> tx.hsm().logout(f.ssh));
        f.failure(() -> f.appliance.run(tx -> tx.hsm().login(f.ssh, "bad")));
        f.failure(() -> f.appliance.run(tx -> tx.hsm().login(f.ssh, "bad")));
        f.appliance.run(tx -> tx.hsm().login(f.ssh, ModelFixture.SO_PASSWORD));
        assertEquals(3, f.appliance.<Integer>transact(tx -> tx.hsm().soAttemptsLeft()));
    }

    @Test
    void aFailedLoginIsPersistedEvenThoughTheCallFails() {
        f.initialized();
        f.appliance.run(tx -> tx.hsm().logout(f.ssh));
        int before = f.saves.get();
        f.failure(() -> f.appliance.run(tx -> tx.hsm().login(f.ssh, "bad")));
        assertTrue(f.saves.get() > before);
    }

    @Test
    void hardInitCreatesAMasterKeyAndSoftInitKeepsSoAndDomain() {
        f.initialized();
        byte[] key = f.appliance.transact(tx -> tx.state().hsm().masterKey());
        assertNotNull(key);
        f.appliance.run(tx -> tx.partitions().create(f.ssh, "p1", null));
        f.appliance.run(tx -> tx.hsm().softInit(f.ssh, "RENAMED"));
        HsmView v = f.appliance.transact(tx -> tx.hsm().view(f.ssh));
        assertEquals("RENAMED", v.label());
        assertTrue(v.partitions().isEmpty());
        assertTrue(f.appliance.<Boolean>transact(tx -> tx.state().hsm().soPasswordMatches(ModelFixture.SO_PASSWORD)));
        assertTrue(f.appliance.<Boolean>transact(tx -> tx.state().hsm().domainMatches("dom1")));
    }

    @Test
    void softInitNeedsTheSoLoggedIn() {
        f.initialized();
        f.appliance.run(tx -> tx.hsm().logout(f.ssh));
        assertEquals(LunaError.USER_NOT_LOGGED_IN, f.failure(() -> f.appliance.run(tx -> tx.hsm().softInit(f.ssh, "X"))));
    }

    @Test
    void hardInitRefusesShortSoPasswordsAndBadLabels() {
        assertEquals(LunaError.UM_PIN_LEN_RANGE,
                f.failure(() -> f.appliance.run(tx -> tx.hsm().hardInit(f.ssh, "L", "short", "d"))));
        assertEquals(LunaError.ARGUMENTS_BAD,
                f.failure(() -> f.appliance.run(tx -> tx.hsm().hardInit(f.ssh, "x".repeat(33), "longenough", "d"))));
    }

    @Test
    void zeroizeKeepsPoliciesAndFactoryResetRestoresDefaults() {
        f.initialized();
        f.appliance.run(tx -> tx.hsm().changePolicy(f.ssh, 15, 1));
        f.appliance.run(tx -> tx.hsm().zeroize(f.ssh));
        assertEquals(1, policy15());
        assertFalse(f.ssh.hsmSoLoggedIn());
        ShellSession console = f.login(Channel.CONSOLE);
        f.appliance.run(tx -> tx.hsm().factoryReset(console));
        assertEquals(0, policy15());
        assertFalse(f.appliance.<Boolean>transact(tx -> tx.audit().initialized()));
        assertEquals(HsmLifecycle.FACTORY_FRESH, f.appliance.transact(tx -> tx.hsm().lifecycle()));
    }

    @Test
    void factoryResetIsRefusedOverSsh() {
        assertEquals(LunaError.RC_FUNCTION_NOT_SUPPORTED,
                f.failure(() -> f.appliance.run(tx -> tx.hsm().factoryReset(f.ssh))));
    }

    @Test
    void destructivePolicyChangeErasesPartitionsButKeepsTheSo() {
        f.initialized();
        f.appliance.run(tx -> tx.partitions().create(f.ssh, "p1", null));
        assertTrue(f.appliance.<Boolean>transact(tx -> tx.hsm().changePolicy(f.ssh, 15, 1)));
        assertTrue(f.appliance.transact(tx -> tx.partitions().list()).isEmpty());
        assertEquals(HsmLifecycle.INITIALIZED, f.appliance.transact(tx -> tx.hsm().lifecycle()));
        f.appliance.run(tx -> tx.partitions().create(f.ssh, "p2", null));
        assertFalse(f.appliance.<Boolean>transact(tx -> tx.hsm().changePolicy(f.ssh, 16, 0)));
        assertEquals(1, f.appliance.transact(tx -> tx.partitions().list()).size());
    }

    @Test
    void policyChangesAreChecked() {
        f.initialized();
        assertEquals(LunaError.POLICY_NOT_FOUND, f.failure(() -> f.appliance.run(tx -> tx.hsm().changePolicy(f.ssh, 99, 1))));
        assertEquals(LunaError.RM_ELEMENT_VALUE_INVALID,
                f.failure(() -> f.appliance.run(tx -> tx.hsm().changePolicy(f.ssh, 15, 2))));
        f.appliance.run(tx -> tx.hsm().logout(f.ssh));
        assertEquals(LunaError.USER_NOT_LOGGED_IN, f.failure(() -> f.appliance.run(tx -> tx.hsm().changePolicy(f.ssh, 15, 1))));
    }

    private int policy15() {
        return f.appliance.<Integer>transact(tx -> tx.state().hsm().policy(HsmPolicy.SO_CAN_RESET_PARTITION_PIN));
    }
}
