package dev.dhsm.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dhsm.wire.message.Login;
import dev.dhsm.wire.message.Sign;
import dev.dhsm.wire.pkcs11.Ckr;
import dev.dhsm.wire.tls.CertifiedKey;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client library against two fake appliances behind the real wire pipeline, over loopback TLS. */
class NtlsClientTest {

    FakeApplianceServer first;
    FakeApplianceServer second;
    final List<NtlsClient> clients = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        first = new FakeApplianceServer(TestPki.APPLIANCE_A, new FakeNtlsService("1234567", "12345670000001",
                "12345670000002"));
        second = new FakeApplianceServer(TestPki.APPLIANCE_B, new FakeNtlsService("7654321", "76543210000001"));
    }

    @AfterEach
    void stop() {
        clients.forEach(NtlsClient::close);
        first.close();
        second.close();
    }

    NtlsClient client(CertifiedKey identity, List<ServerAddress> servers, Duration timeout, int connections) {
        ClientSettings settings = ClientSettings.of(servers, identity,
                        List.of(TestPki.APPLIANCE_A.certificate(), TestPki.APPLIANCE_B.certificate()))
                .withClock(InstantSource.fixed(TestPki.NOW)).withReceiveTimeout(timeout)
                .withConnectionsPerServer(connections);
        NtlsClient client = NtlsClient.start(settings);
        clients.add(client);
        return client;
    }

    NtlsClient client() {
        return client(TestPki.CLIENT, List.of(first.address(), second.address()), Duration.ofSeconds(20), 1);
    }

    @Test
    void oneSlotListAcrossServersInConfigurationOrder() {
        List<Slot> slots = client().slots();

        assertEquals(List.of(0L, 1L, 2L), slots.stream().map(Slot::slotId).toList());
        assertEquals(List.of("12345670000001", "12345670000002", "76543210000001"),
                slots.stream().map(Slot::partitionSerial).toList());
        assertEquals("Net Token Slot", slots.get(2).description());
        assertEquals("LunaSA 7.2.0", slots.get(0).model());
    }

    @Test
    void aSessionTalksToTheApplianceOfItsSlot() {
        NtlsClient client = client();
        try (Session session = client.openSession(2)) {
            session.login(Role.CO, FakeNtlsService.PIN);
            byte[] signature = session.sign(7, Mechanisms.sha256RsaPkcs(), "hello".getBytes(StandardCharsets.UTF_8));
            assertTrue(session.verify(7, Mechanisms.sha256RsaPkcs(), "hello".getBytes(StandardCharsets.UTF_8),
                    signature));
            assertFalse(session.verify(7, Mechanisms.sha256RsaPkcs(), "other".getBytes(StandardCharsets.UTF_8),
                    signature));
        }
        assertTrue(second.service.served.stream().anyMatch(r -> r instanceof Login));
        assertTrue(first.service.served.stream().noneMatch(r -> r instanceof Login));
    }

    @Test
    void anApplianceRefusalCarriesItsCkrCode() {
        Session session = client().openSession(0);
        LunaClientException refused = assertThrows(LunaClientException.class,
                () -> session.login(Role.CO, "wrong-pin"));
        assertEquals(Ckr.PIN_INCORRECT, refused.code());
        assertEquals("0x000000A0 (CKR_PIN_INCORRECT)", refused.describe());
        LunaClientException noSlot = assertThrows(LunaClientException.class, () -> client().openSession(9));
        assertEquals("CKR_SLOT_ID_INVALID", noSlot.codeName());
    }

    @Test
    void anUnregisteredClientFailsTheHandshake() {
        NtlsClient stranger = client(TestPki.STRANGER, List.of(first.address()), Duration.ofSeconds(20), 1);
        assertTrue(stranger.slots().isEmpty());
        ServerFailure failure = stranger.unreachable().get(0);
        assertEquals(ReturnCodes.RC_SSL_FAILED_HANDSHAKE, failure.error().code());
        assertTrue(failure.error().getMessage().contains("refused"), failure.error().getMessage());
    }

    @Test
    void anApplianceThatIsNotPinnedIsRefused() {
        ClientSettings settings = ClientSettings.of(List.of(first.address()), TestPki.CLIENT,
                List.of(TestPki.APPLIANCE_B.certificate())).withClock(InstantSource.fixed(TestPki.NOW));
        NtlsClient client = NtlsClient.start(settings);
        clients.add(client);
        LunaClientException e = assertThrows(LunaClientException.class, () -> client.openSession(0));
        assertEquals(ReturnCodes.RC_SSL_FAILED_HANDSHAKE, e.code());
        assertTrue(e.getMessage().contains("not registered or not the pinned one"), e.getMessage());
    }

    @Test
    void aClosedPortIsASocketError() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        NtlsClient client = client(TestPki.CLIENT, List.of(new ServerAddress("127.0.0.1", port, 0)),
                Duration.ofSeconds(5), 1);
        client.slots();
        assertEquals(ReturnCodes.RC_SOCKET_ERROR, client.unreachable().get(0).error().code());
    }

    @Test
    void aConnectionClosedAtAcceptWithoutATlsAlertIsASocketError() throws Exception {
        ExecutorService acceptor = Executors.newSingleThreadExecutor();
        try (ServerSocket closing = new ServerSocket(0)) {
            Future<?> accepted = acceptor.submit(() -> {
                closing.accept().close();
                return null;
            });
            NtlsClient client = client(TestPki.CLIENT, List.of(new ServerAddress("127.0.0.1",
                    closing.getLocalPort(), 0)), Duration.ofSeconds(5), 1);
            client.slots();
            accepted.get();
            LunaClientException e = client.unreachable().get(0).error();
            assertEquals(ReturnCodes.RC_SOCKET_ERROR, e.code(), e.getMessage());
            assertTrue(e.getMessage().contains("without a TLS alert"), e.getMessage());
        } finally {
            acceptor.shutdownNow();
        }
    }

    @Test
    void noAnswerWithinTheReceiveTimeoutFailsAndClosesTheConnection() {
        NtlsClient client = client(TestPki.CLIENT, List.of(first.address()), Duration.ofMillis(300), 1);
        Session session = client.openSession(0);
        first.service.holdAnswers = true;
        LunaClientException e = assertThrows(LunaClientException.class, () -> session.login(Role.CO, "x"));
        assertEquals(ReturnCodes.RC_OPERATION_TIMED_OUT, e.code());
        LunaClientException after = assertThrows(LunaClientException.class, session::logout);
        assertEquals(ReturnCodes.RC_SERVER_DISCONNECTED, after.code());
    }

    @Test
    void aDroppedConnectionFailsItsSessionsAndTheNextSessionReconnects() {
        NtlsClient client = client();
        Session session = client.openSession(0);
        first.dropConnections();
        LunaClientException e = assertThrows(LunaClientException.class, () -> session.login(Role.CO, "userpin1"));
        assertEquals(ReturnCodes.RC_SERVER_DISCONNECTED, e.code());
        try (Session again = client.openSession(0)) {
            again.login(Role.CO, FakeNtlsService.PIN);
        }
        first.dropConnections();
        assertEquals(3, client.slots().size(), "a listing after the appliance dropped us reconnects by itself");
        assertTrue(client.unreachable().isEmpty());
    }

    @Test
    void manyThreadsSignConcurrentlyOverSeveralConnections() throws Exception {
        NtlsClient client = client(TestPki.CLIENT, List.of(first.address()), Duration.ofSeconds(20), 2);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                results.add(threads.submit(() -> {
                    try (Session session = client.openSession(thread % 2)) {
                        session.login(Role.CO, FakeNtlsService.PIN);
                        for (int i = 0; i < 50; i++) {
                            byte[] data = ("t" + thread + "-" + i).getBytes(StandardCharsets.UTF_8);
                            assertArrayEquals(FakeNtlsService.sha256(data),
                                    session.sign(1, Mechanisms.ecdsaSha256(), data));
                        }
                        return 50;
                    }
                }));
            }
            int total = 0;
            for (Future<Integer> r : results) {
                total += r.get();
            }
            assertEquals(400, total);
        } finally {
            threads.shutdownNow();
        }
        assertEquals(400, first.service.served.stream().filter(r -> r instanceof Sign).count());
        assertEquals(0, client.openSessions());
    }
}
