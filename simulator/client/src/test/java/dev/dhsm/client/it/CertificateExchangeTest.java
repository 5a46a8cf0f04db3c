package dev.dhsm.client.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dhsm.client.ChrystokiConf;
import dev.dhsm.client.LunaClientException;
import dev.dhsm.client.ReturnCodes;
import dev.dhsm.client.ServerAddress;
import dev.dhsm.client.TestPki;
import dev.dhsm.client.exchange.CertificateExchange;
import dev.dhsm.client.exchange.DeployRequest;
import dev.dhsm.model.RegisteredClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code clientconfig deploy} over real SSH against an in-process appliance. */
class CertificateExchangeTest {

    @TempDir
    Path dir;
    InProcessAppliance hsm;
    final List<String> progress = new ArrayList<>();
    final CertificateExchange exchange = new CertificateExchange(InstantSource.fixed(TestPki.NOW),
            new SecureRandom(new byte[] {42}));

    @BeforeEach
    void start() throws Exception {
        hsm = new InProcessAppliance(dir, "par1");
    }

    @AfterEach
    void stop() {
        hsm.close();
    }

    DeployRequest request(String password, boolean regenerate) {
        return new DeployRequest("127.0.0.1", hsm.sshPort(), InProcessAppliance.ADMIN, password, "web01", "par1", "",
                false, 11792, dir.resolve("client").resolve("Chrystoki.conf"), dir.resolve("client"), regenerate);
    }

    RegisteredClient registered() {
        return hsm.appliance.transact(tx -> tx.clients().require("web01"));
    }

    @Test
    void deployMakesTheClientCertificateRegistersItAndWritesChrystokiConf() throws Exception {
        exchange.deploy(request(InProcessAppliance.ADMIN_PASSWORD, false), progress::add);

        Path home = dir.resolve("client");
        assertTrue(Files.exists(home.resolve("cert/client/web01.pem")));
        assertTrue(Files.exists(home.resolve("cert/client/web01Key.pem")));
        assertEquals(hsm.serverPem(), Files.readString(home.resolve("cert/server/CAFile.pem")));
        assertEquals(Files.readString(home.resolve("cert/client/web01.pem")), registered().certificatePem());
        assertEquals("127.0.0.1", registered().host());
        assertEquals(List.of("par1"), List.copyOf(registered().partitions()));
        ChrystokiConf conf = ChrystokiConf.read(home.resolve("Chrystoki.conf"));
        assertEquals(List.of(new ServerAddress("127.0.0.1", 11792, 0)), conf.servers());
        assertEquals(home.resolve("cert/client/web01.pem"), conf.clientCertFile().orElseThrow());
        assertTrue(progress.contains("Partition par1 assigned to web01"), progress.toString());
    }

    @Test
    void aSecondDeployAcceptsWhatIsAlreadyThereAndRefreshesServerPem() throws Exception {
        exchange.deploy(request(InProcessAppliance.ADMIN_PASSWORD, false), progress::add);
        String before = Files.readString(dir.resolve("client/cert/server/CAFile.pem"));
        hsm.lunash("sysconf regenCert -force", "service restart ntls");
        assertNotEquals(before, hsm.serverPem(), "the appliance has a new certificate");

        progress.clear();
        exchange.deploy(request(InProcessAppliance.ADMIN_PASSWORD, false), progress::add);

        assertEquals(hsm.serverPem(), Files.readString(dir.resolve("client/cert/server/CAFile.pem")));
        assertTrue(progress.contains("Client web01 is already registered with this certificate"), progress.toString());
        assertTrue(progress.contains("Partition par1 was already assigned to web01"), progress.toString());
        assertEquals(1, ChrystokiConf.read(dir.resolve("client/Chrystoki.conf")).servers().size());
    }

    @Test
    void regeneratingTheClientCertificateReplacesTheRegistration() throws Exception {
        exchange.deploy(request(InProcessAppliance.ADMIN_PASSWORD, false), progress::add);
        String first = registered().certificatePem();
        exchange.deploy(request(InProcessAppliance.ADMIN_PASSWORD, true), progress::add);

        assertNotEquals(first, registered().certificatePem());
        assertEquals(Files.readString(dir.resolve("client/cert/client/web01.pem")), registered().certificatePem());
        assertEquals(List.of("par1"), List.copyOf(registered().partitions()));
    }

    @Test
    void aWrongAdminPasswordOrAnUnknownPartitionFails() {
        LunaClientException login = assertThrows(LunaClientException.class,
                () -> exchange.deploy(request("wrong-password", false), progress::add));
        assertEquals(ReturnCodes.RC_GENERAL_ERROR, login.code());
        assertTrue(login.getMessage().contains("SSH login"), login.getMessage());

        DeployRequest noSuchPartition = new DeployRequest("127.0.0.1", hsm.sshPort(), InProcessAppliance.ADMIN,
                InProcessAppliance.ADMIN_PASSWORD, "web01", "nope", "", false, 1792,
                dir.resolve("c2/Chrystoki.conf"), dir.resolve("c2"), false);
        LunaClientException assign = assertThrows(LunaClientException.class,
                () -> exchange.deploy(noSuchPartition, progress::add));
        assertTrue(assign.getMessage().contains("client assignPartition"), assign.getMessage());
        assertFalse(Files.exists(dir.resolve("c2/Chrystoki.conf")));
    }
}
