package dev.dhsm.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dhsm.model.Appliance;
import dev.dhsm.model.ApplianceConfig;
import dev.dhsm.model.ApplianceState;
import dev.dhsm.model.Channel;
import dev.dhsm.model.HsmLifecycle;
import dev.dhsm.model.HsmPolicy;
import dev.dhsm.model.KeyTemplate;
import dev.dhsm.model.KeyUsage;
import dev.dhsm.model.LoginOutcome;
import dev.dhsm.model.LunaException;
import dev.dhsm.model.ManualClock;
import dev.dhsm.model.Mechanism;
import dev.dhsm.model.NetworkRoute;
import dev.dhsm.model.PartitionRole;
import dev.dhsm.model.PartitionSession;
import dev.dhsm.model.PartitionView;
import dev.dhsm.model.ServerCertificate;
import dev.dhsm.model.ShellSession;
import dev.dhsm.model.StateSink;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileStateStoreTest {
    private static final String ADMIN_PASSWORD = "Secret-0ne";

    @TempDir
    Path dataDir;

    private final ManualClock clock = ManualClock.startingAt("2025-03-01T10:00:00Z");

    @Test
    void nothingSavedYetLoadsAsEmpty() throws IOException {
        assertEquals(Optional.empty(), new FileStateStore(dataDir).load("hsm1"));
    }

    @Test
    void stateSurvivesARoundTrip() throws IOException {
        FileStateStore store = new FileStateStore(dataDir);
        AtomicReference<ApplianceState> saved = new AtomicReference<>();
        StateSink recording = state -> {
            store.save(state);
            saved.set(state);
        };
        Appliance appliance = Appliance.factoryNew(ApplianceConfig.azure("hsm1", "572413"), clock, recording,
                new FakeFileArea());
        ShellSession admin = loginAndChangePassword(appliance);
        appliance.run(tx -> tx.hsm().hardInit(admin, "myHSM", "Hsm-SO-pw1", "mydomain"));
        appliance.run(tx -> tx.hsm().login(admin, "Hsm-SO-pw1"));
        appliance.run(tx -> tx.partitions().create(admin, "part1", 100_000L));
        appliance.run(tx -> tx.partitions().create(admin, "part2", null));
        appliance.run(tx -> tx.hsm().changePolicy(admin, HsmPolicy.MAX_PARTITIONS.code(), 5));
        for (int i = 0; i < 10; i++) {
            clock.advance(Duration.ofSeconds(1));
            assertThrows(LunaException.class, () -> appliance.run(tx -> tx.audit().login(admin, "wrong")));
        }
        appliance.run(tx -> tx.syslog().ntls("info", "NTLS client registered"));
        appliance.run(tx -> tx.system().addRoute(new NetworkRoute("10.1.0.0", "255.255.0.0", "127.0.0.1", "eth0")));
        appliance.run(tx -> tx.system().setRebootHangProbability(0.25, 42));
        appliance.run(tx -> tx.system().setNtlsPortBlocked(true));
        appliance.run(tx -> tx.system().supportHardReboot());

        ApplianceState loaded = store.load("hsm1").orElseThrow();
        assertArrayEquals(new StateCodec().encode(saved.get()), new StateCodec().encode(loaded));

        Appliance back = Appliance.fromState(loaded, clock, StateSink.NONE, new FakeFileArea());
        assertEquals(LoginOutcome.Kind.DENIED,
                back.login("tenantadmin", "PASSWORD", Channel.SSH, "10.0.0.1").kind());
        ShellSession again = back.login("tenantadmin", ADMIN_PASSWORD, Channel.SSH, "10.0.0.1").session()
                .orElseThrow();
        assertEquals(Boolean.FALSE, back.transact(tx -> tx.accounts().mustChangePassword(again)));
        assertEquals(HsmLifecycle.INITIALIZED, back.transact(tx -> tx.hsm().lifecycle()));
        assertEquals(List.of("part1", "part2"),
                back.transact(tx -> tx.partitions().list()).stream().map(PartitionView::name).toList());
        assertEquals(5, loaded.hsm().policy(HsmPolicy.MAX_PARTITIONS));
        assertEquals(clock.now().plus(Duration.ofMinutes(10)), back.transact(tx -> tx.audit().lockedUntil()));
        back.run(tx -> tx.hsm().login(again, "Hsm-SO-pw1"));
        assertEquals(1, back.transact(tx -> tx.syslog().tail("lunalogs", 10, "registered")).size());
        assertEquals(List.of(new NetworkRoute("10.1.0.0", "255.255.0.0", "127.0.0.1", "eth0")),
                back.transact(tx -> tx.system().network()).routes());
        assertTrue(back.transact(tx -> tx.system().faults()).ntlsPortBlocked());
        assertEquals(1, back.transact(tx -> tx.system().supportRequests()).size());
    }

    @Test
    void partitionRolesKeysAndClientsSurviveARoundTrip() throws IOException {
        FileStateStore store = new FileStateStore(dataDir);
        FakeFileArea files = new FakeFileArea();
        Appliance appliance = Appliance.factoryNew(ApplianceConfig.azure("hsm1", "572413"), clock, store, files);
        ShellSession admin = loginAndChangePassword(appliance);
        appliance.run(tx -> tx.hsm().hardInit(admin, "myHSM", "Hsm-SO-pw1", "mydomain"));
        appliance.run(tx -> tx.hsm().login(admin, "Hsm-SO-pw1"));
        String serial = appliance.transact(tx -> tx.partitions().create(admin, "p1", null)).serial();
        files.write("tenantadmin", "app1.pem", resource("/app1.pem"));
        appliance.run(tx -> tx.clients().register(admin, "app1", "127.0.0.1", true));
        appliance.run(tx -> tx.clients().assign("app1", "p1"));
        appliance.run(tx -> tx.ntls().ensureServerCertificate((cn, from, to) ->
                new ServerCertificate("CERT " + cn, "KEY", from, to)));
        PartitionSession s = appliance.transact(tx -> tx.slots().open("app1", serial));
        appliance.run(tx -> tx.roles().initPartition(s, "P1", "POpassw0rd", "domain-a"));
        appliance.run(tx -> tx.roles().login(s, PartitionRole.PO, "POpassw0rd"));
        appliance.run(tx -> tx.roles().initRole(s, PartitionRole.CO, "firstCOpw1"));
        appliance.run(tx -> tx.roles().logout(s));
        appliance.run(tx -> tx.roles().login(s, PartitionRole.CO, "firstCOpw1"));
        appliance.run(tx -> tx.roles().changePin(s, PartitionRole.CO, "firstCOpw1", "COpassw0rd"));
        long aes = appliance.transact(tx -> tx.objects().generateKey(s, Mechanism.AES_KEY_GEN, 256,
                new KeyTemplate("aes1", new byte[] {1, 2}, true, false, true, Set.of(KeyUsage.ENCRYPT))));
        appliance.transact(tx -> tx.objects().generateKeyPair(s, Mechanism.EC_KEY_PAIR_GEN, 0, "P-256",
                KeyTemplate.labelled("ec-pub", Set.of(KeyUsage.VERIFY)),
                KeyTemplate.labelled("ec-priv", Set.of(KeyUsage.SIGN))));
        byte[] aesValue = appliance.transact(tx -> tx.objects().exportValue(s, aes));

        ApplianceState loaded = store.load("hsm1").orElseThrow();
        Appliance back = Appliance.fromState(loaded, clock, StateSink.NONE, files);
        assertArrayEquals(new StateCodec().encode(loaded), new StateCodec().encode(
                new FileStateStore(dataDir).load("hsm1").orElseThrow()));
        assertEquals(List.of("p1"), back.transact(tx -> tx.clients().require("app1").partitions()));
        assertEquals("CERT 572413", back.transact(tx -> tx.ntls().active()).certificatePem());
        PartitionSession again = back.transact(tx -> tx.slots().open("app1", serial));
        back.run(tx -> tx.roles().login(again, PartitionRole.CO, "COpassw0rd"));
        assertArrayEquals(aesValue, back.transact(tx -> tx.objects().exportValue(again, aes)));
        assertEquals(Set.of(KeyUsage.ENCRYPT), back.transact(tx -> tx.objects().get(again, aes)).usages());
        assertArrayEquals(new byte[] {1, 2}, back.transact(tx -> tx.objects().get(again, aes)).id());
        assertEquals(1, back.transact(tx -> tx.objects().find(again, "ec-priv", null)).size());
    }

    @Test
    void passwordsAreNotStoredInTheClear() throws IOException {
        FileStateStore store = new FileStateStore(dataDir);
        Appliance appliance = Appliance.factoryNew(ApplianceConfig.azure("hsm1", "572413"), clock, store,
                new FakeFileArea());
        loginAndChangePassword(appliance);
        String text = Files.readString(store.stateFile("hsm1"));
        assertFalse(text.contains(ADMIN_PASSWORD));
        assertTrue(text.contains("pbkdf2-sha256$"));
    }

    @Test
    void corruptFileIsRefusedAndLeftAlone() throws IOException {
        FileStateStore store = new FileStateStore(dataDir);
        Files.createDirectories(store.applianceDir("hsm1"));
        byte[] garbage = "{\"format\": 1, \"id\": \"hsm1\", \"accou".getBytes(StandardCharsets.UTF_8);
        Files.write(store.stateFile("hsm1"), garbage);

        StateFileRefusedException refused = assertThrows(StateFileRefusedException.class, () -> store.load("hsm1"));
        assertTrue(refused.getMessage().contains(store.stateFile("hsm1").toString()), refused.getMessage());
        assertTrue(refused.reason().startsWith("not JSON"), refused.reason());
        assertThrows(IllegalStateException.class, () -> Appliance.factoryNew(
                ApplianceConfig.azure("hsm1", "572413"), clock, store, new FakeFileArea()));
        assertArrayEquals(garbage, Files.readAllBytes(store.stateFile("hsm1")));
    }

    @Test
    void fileWithAMissingFieldIsRefused() throws IOException {
        FileStateStore store = new FileStateStore(dataDir);
        Appliance.factoryNew(ApplianceConfig.azure("hsm1", "572413"), clock, store, new FakeFileArea());
        Path file = store.stateFile("hsm1");
        String text = Files.readString(file);
        String damaged = text.replaceFirst("\"soFailures\" : 0,", "");
        assertFalse(damaged.equals(text));
        Files.writeString(file, damaged);

        StateFileRefusedException refused = assertThrows(StateFileRefusedException.class, () -> store.load("hsm1"));
        assertEquals("missing field \"hsm.soFailures\"", refused.reason());
        assertEquals(damaged, Files.readString(file));
    }

    @Test
    void fileOfANewerFormatIsRefused() throws IOException {
        FileStateStore store = new FileStateStore(dataDir);
        Appliance.factoryNew(ApplianceConfig.azure("hsm1", "572413"), clock, store, new FakeFileArea());
        Path file = store.stateFile("hsm1");
        String newer = Files.readString(file).replaceFirst("\"format\" : 1,",
                "\"format\" : " + (ApplianceState.FORMAT + 1) + ", \"quantumKeys\" : [],");
        Files.writeString(file, newer);

        StateFileRefusedException refused = assertThrows(StateFileRefusedException.class, () -> store.load("hsm1"));
        assertTrue(refused.reason().contains("newer"), refused.reason());
        assertEquals(newer, Files.readString(file));
    }

    @Test
    void fileOfAnotherApplianceIsRefused() throws IOException {
        FileStateStore store = new FileStateStore(dataDir);
        Appliance.factoryNew(ApplianceConfig.azure("hsm1", "572413"), clock, store, new FakeFileArea());
        Files.createDirectories(store.applianceDir("hsm2"));
        Files.copy(store.stateFile("hsm1"), store.stateFile("hsm2"));

        StateFileRefusedException refused = assertThrows(StateFileRefusedException.class, () -> store.load("hsm2"));
        assertTrue(refused.reason().contains("\"hsm1\""), refused.reason());
    }

    @Test
    void noTemporaryFileIsLeftBehind() throws IOException {
        FileStateStore store = new FileStateStore(dataDir);
        Appliance.factoryNew(ApplianceConfig.azure("hsm1", "572413"), clock, store, new FakeFileArea());
        try (var entries = Files.list(store.applianceDir("hsm1"))) {
            assertEquals(List.of("state.json"), entries.map(p -> p.getFileName().toString()).toList());
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = FileStateStoreTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    static ShellSession loginAndChangePassword(Appliance appliance) {
        ShellSession admin = appliance.login("tenantadmin", "PASSWORD", Channel.SSH, "10.0.0.1").session()
                .orElseThrow();
        assertEquals(Optional.empty(), appliance.transact(tx -> tx.accounts().changePassword(admin, ADMIN_PASSWORD)));
        return admin;
    }
}
