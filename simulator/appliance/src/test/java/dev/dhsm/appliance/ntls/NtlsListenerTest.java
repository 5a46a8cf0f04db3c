package dev.dhsm.appliance.ntls;

import static dev.dhsm.appliance.ntls.NtlsFixture.APP1;
import static dev.dhsm.appliance.ntls.NtlsFixture.APP2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dhsm.wire.message.GetPolicies;
import dev.dhsm.wire.message.GetRoleState;
import dev.dhsm.wire.message.HelloOk;
import dev.dhsm.wire.message.InitPin;
import dev.dhsm.wire.message.InitToken;
import dev.dhsm.wire.message.ListSlots;
import dev.dhsm.wire.message.Login;
import dev.dhsm.wire.message.Logout;
import dev.dhsm.wire.message.Ok;
import dev.dhsm.wire.message.OpenSession;
import dev.dhsm.wire.message.PolicyList;
import dev.dhsm.wire.message.PolicyValue;
import dev.dhsm.wire.message.ResetPin;
import dev.dhsm.wire.message.RoleState;
import dev.dhsm.wire.message.SessionOpened;
import dev.dhsm.wire.message.SetPin;
import dev.dhsm.wire.message.SetPolicy;
import dev.dhsm.wire.message.SlotInfo;
import dev.dhsm.wire.message.SlotList;
import dev.dhsm.wire.pkcs11.Ckr;
import dev.dhsm.wire.pkcs11.Cku;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Luna client on loopback drives partitions and roles through the appliance's NTLS listener. */
class NtlsListenerTest {

    static final String PO_PIN = NtlsFixture.PO_PIN;
    static final String CO_PIN = NtlsFixture.CO_PIN;

    @TempDir
    Path dir;
    private NtlsFixture f;

    @BeforeEach
    void start() throws Exception {
        f = new NtlsFixture(dir);
    }

    @AfterEach
    void stop() {
        f.close();
    }

    @Test
    void aRegisteredClientIsAnsweredAsTheAzureApplianceAndSeesItsPartition() throws Exception {
        f.register("app1", APP1, "127.0.0.1", "p1");
        try (LoopbackNtlsClient c = f.connect(APP1)) {
            assertEquals(new HelloOk(1, "7.2.0-220", "7.0.3", "572413"), c.hello());
            SlotList slots = c.expect(new ListSlots(), SlotList.class);
            assertEquals(List.of(new SlotInfo(Long.parseLong(f.p1.serial()), f.p1.serial(), "", "LunaSA 7.2.0",
                    "7.0.3", "Luna User Partition With SO (PW) Signing With Cloning Mode", false)), slots.slots());
            assertTrue(f.lunalogs(1).get(0).equals("info : 0 : NTLS Client \"app1\" connected : " + c.peer()),
                    () -> f.lunalogs(3).toString());
        }
    }

    @Test
    void partitionInitAndTheRoleLifeCycleRunOverNtls() throws Exception {
        f.register("app1", APP1, "127.0.0.1", "p1");
        try (LoopbackNtlsClient c = f.connect(APP1)) {
            c.hello();
            long slot = c.expect(new ListSlots(), SlotList.class).slots().get(0).slotId();
            c.expect(new InitToken(slot, PO_PIN, "P1", "domain-a"), Ok.class);
            assertEquals("P1", c.expect(new ListSlots(), SlotList.class).slots().get(0).label());
            long s = c.expect(new OpenSession(slot, true), SessionOpened.class).session();
            c.refused(new Login(s, Cku.USER, "firstCOpw1"), Ckr.USER_PIN_NOT_INITIALIZED);
            c.refused(new Login(s, Cku.SO, "wrongpassword"), Ckr.PIN_INCORRECT);
            c.expect(new Login(s, Cku.SO, PO_PIN), Ok.class);
            c.expect(new InitPin(s, Cku.USER, "firstCOpw1"), Ok.class);
            c.expect(new Logout(s), Ok.class);
            c.expect(new Login(s, Cku.USER, "firstCOpw1"), Ok.class);
            assertTrue(c.expect(new GetRoleState(s, Cku.USER), RoleState.class).pinExpired());
            c.expect(new SetPin(s, Cku.USER, "firstCOpw1", CO_PIN), Ok.class);
            assertEquals(new RoleState(true, false, false, 0, 10), c.expect(new GetRoleState(s, Cku.USER),
                    RoleState.class));
            c.refused(new Login(s, Cku.AUDIT, CO_PIN), Ckr.USER_TYPE_INVALID);
        }
    }

    @Test
    void aClientSeesOnlyThePartitionsAssignedToIt() throws Exception {
        f.register("app1", APP1, "127.0.0.1", "p1");
        f.register("app2", APP2, "127.0.0.2", "p2");
        f.appliance.run(tx -> tx.ntls().setIpCheck(false));
        try (LoopbackNtlsClient one = f.connect(APP1); LoopbackNtlsClient two = f.connect(APP2)) {
            one.hello();
            two.hello();
            List<SlotInfo> seen = two.expect(new ListSlots(), SlotList.class).slots();
            assertEquals(List.of(f.p2.serial()), seen.stream().map(SlotInfo::partitionSerial).toList());
            two.refused(new OpenSession(Long.parseLong(f.p1.serial()), true), Ckr.TOKEN_NOT_PRESENT);
            long mine = one.expect(new OpenSession(Long.parseLong(f.p1.serial()), true), SessionOpened.class)
                    .session();
            two.refused(new Logout(mine), Ckr.SESSION_HANDLE_INVALID);
        }
    }

    @Test
    void closingTheConnectionClosesItsSessionsAndIsLogged() throws Exception {
        f.register("app1", APP1, "127.0.0.1", "p1");
        LoopbackNtlsClient c = f.connect(APP1);
        c.hello();
        c.expect(new OpenSession(Long.parseLong(f.p1.serial()), true), SessionOpened.class);
        String peer = c.peer();
        c.close();
        f.awaitServerSide(c);
        assertEquals("info : 0 : NTLS Client \"app1\" Connection instance removed : " + peer, f.lunalogs(1).get(0));
        assertEquals(0, f.listener.connectionCount());
        assertFalse(c.isOpen());
    }

    @Test
    void thePartitionSoReadsAndChangesPoliciesAndResetsTheCryptoUser() throws Exception {
        f.register("app1", APP1, "127.0.0.1", "p1");
        try (LoopbackNtlsClient c = f.connect(APP1)) {
            c.hello();
            long s = NtlsFixture.cryptoOfficer(c);
            c.expect(new InitPin(s, Cku.CRYPTO_USER, "firstCUpw1"), Ok.class);
            c.expect(new ResetPin(s, Cku.CRYPTO_USER, "secondCUpw1"), Ok.class);
            c.refused(new SetPolicy(s, 20, 3), Ckr.USER_NOT_LOGGED_IN);
            c.expect(new Logout(s), Ok.class);
            c.expect(new Login(s, Cku.SO, PO_PIN), Ok.class);
            List<PolicyValue> policies = c.expect(new GetPolicies(s), PolicyList.class).policies();
            assertEquals(new PolicyValue(20, "Max failed user logins allowed", 10), policies.stream()
                    .filter(p -> p.code() == 20).findFirst().orElseThrow());
            c.expect(new SetPolicy(s, 20, 3), Ok.class);
            c.refused(new SetPolicy(s, 1, 1), Ckr.CONFIG_FAILS_DEPENDENCIES);
            c.refused(new SetPolicy(s, 99, 1), Ckr.POLICY_ID_INVALID);
            assertEquals(3, c.expect(new GetRoleState(s, Cku.CRYPTO_USER), RoleState.class).loginsLeft());
        }
    }
}
