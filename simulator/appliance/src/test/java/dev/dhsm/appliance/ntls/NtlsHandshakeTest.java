package dev.dhsm.appliance.ntls;

import static dev.dhsm.appliance.ntls.NtlsFixture.APP1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dhsm.wire.message.ListSlots;
import dev.dhsm.wire.message.SlotList;
import dev.dhsm.wire.tls.HandshakeFailureReason;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who NTLS lets in, what it logs when it does not, and how it reacts to the appliance's own changes. */
class NtlsHandshakeTest {

    @TempDir
    Path dir;
    private NtlsFixture f;

    @BeforeEach
    void start() throws Exception {
        f = new NtlsFixture(dir);
        f.register("app1", APP1, "127.0.0.1", "p1");
    }

    @AfterEach
    void stop() {
        f.close();
    }

    @Test
    void anUnregisteredClientFailsTheHandshakeAsInTheAzureCaptureAndOthersAreStillServed() throws Exception {
        try (LoopbackNtlsClient stranger = f.connect(NtlsFixture.STRANGER)) {
            assertFalse(stranger.handshakeSucceeded());
            assertEquals(HandshakeFailureReason.REJECTED_BY_PEER, stranger.handshakeFailure().reason());
            f.awaitServerSide(stranger);
            String peer = stranger.peer();
            assertEquals(List.of(
                    "info : 0 : Incoming connection request... : " + peer,
                    "Error message from SSLAccept is : "
                            + "error:14094418:SSL routines:ssl3_read_bytes:tlsv1 alert unknown ca",
                    "Error during SSL accept ( RC_SSL_ERROR )",
                    "info : 0xc0000711 : Fail to establish a secure channel with client : " + peer
                            + " : RC_SSL_FAILED_HANDSHAKE",
                    "info : 0 : NTLS Client \"Unknown host name\" Connection instance removed : " + peer),
                    f.lunalogs(5));
        }
        try (LoopbackNtlsClient app1 = f.connect(APP1)) {
            app1.hello();
            assertEquals(1, app1.expect(new ListSlots(), SlotList.class).slots().size());
        }
    }

    @Test
    void anExpiredClientCertificateIsLoggedAsExpired() throws Exception {
        f.register("lapsed", NtlsFixture.LAPSED, "127.0.0.9", "p1");
        try (LoopbackNtlsClient lapsed = f.connect(NtlsFixture.LAPSED)) {
            assertFalse(lapsed.handshakeSucceeded());
            f.awaitServerSide(lapsed);
            assertEquals("Error message from SSLAccept is : "
                    + "error:14094415:SSL routines:ssl3_read_bytes:sslv3 alert certificate expired", f.lunalogs(4).get(0));
        }
    }

    @Test
    void regenCertAndAnNtlsRestartDropClientsAndTheOldServerPemNoLongerWorks() throws Exception {
        X509Certificate before = f.serverPem();
        LoopbackNtlsClient connected = f.connect(APP1);
        connected.hello();
        f.appliance.run(tx -> tx.ntls().regenerate(f.issuer));
        assertTrue(connected.isOpen(), "regenCert alone changes nothing until NTLS restarts");
        f.appliance.run(tx -> tx.ntls().restart());
        connected.awaitClosed();

        X509Certificate after = f.serverPem();
        assertNotEquals(before, after);
        try (LoopbackNtlsClient pinningTheOld = f.connect(APP1, before)) {
            assertFalse(pinningTheOld.handshakeSucceeded());
            assertEquals(HandshakeFailureReason.UNKNOWN_CERTIFICATE, pinningTheOld.handshakeFailure().reason());
            f.awaitServerSide(pinningTheOld);
            assertTrue(f.lunalogs(4).get(0).endsWith("tlsv1 alert unknown ca"), () -> f.lunalogs(5).toString());
        }
        try (LoopbackNtlsClient fetchedAgain = f.connect(APP1, after)) {
            fetchedAgain.hello();
        }
    }

    @Test
    void whileTheNtlsPortIsBlockedConnectionsAreDroppedAndRefusedButTheApplianceIsFine() throws Exception {
        LoopbackNtlsClient connected = f.connect(APP1);
        connected.hello();
        f.appliance.run(tx -> tx.system().setNtlsPortBlocked(true));
        connected.awaitClosed();
        f.awaitServerSide(connected);

        List<String> logBefore = f.lunalogs(50);
        try (LoopbackNtlsClient refused = f.connect(APP1)) {
            assertFalse(refused.handshakeSucceeded());
            refused.awaitClosed();
        }
        assertEquals(logBefore, f.lunalogs(50), "a blocked port never reaches NTLS");
        boolean sshReachable = f.appliance.transact(tx -> tx.system().reachability().ssh());
        assertTrue(sshReachable);
        assertEquals(2, f.appliance.transact(tx -> tx.partitions().list()).size());

        f.appliance.run(tx -> tx.system().setNtlsPortBlocked(false));
        try (LoopbackNtlsClient again = f.connect(APP1)) {
            again.hello();
        }
    }

    @Test
    void withIpcheckOnAClientRegisteredForAnotherAddressIsRefused() throws Exception {
        f.appliance.run(tx -> tx.clients().delete("app1"));
        f.register("app1", APP1, "10.1.2.3", "p1");
        try (LoopbackNtlsClient elsewhere = f.connect(APP1)) {
            elsewhere.awaitClosed();
            f.awaitServerSide(elsewhere);
            assertEquals("info : 0xc0000711 : Fail to establish a secure channel with client : " + elsewhere.peer()
                    + " : RC_SSL_FAILED_HANDSHAKE", f.lunalogs(2).get(0));
        }
        f.appliance.run(tx -> tx.ntls().setIpCheck(false));
        try (LoopbackNtlsClient allowed = f.connect(APP1)) {
            allowed.hello();
        }
    }
}
