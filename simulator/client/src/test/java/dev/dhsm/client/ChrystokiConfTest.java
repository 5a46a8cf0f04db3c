package dev.dhsm.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Chrystoki.conf in the real client's layout: reading, typed values, adding servers, and the round trip. */
class ChrystokiConfTest {

    static final String REAL_LAYOUT = """
            Chrystoki2 = {
               LibUNIX = /usr/safenet/lunaclient/lib/libCryptoki2.so;
               LibUNIX64 = /usr/safenet/lunaclient/lib/libCryptoki2_64.so;
            }

            Luna = {
              DefaultTimeOut = 500000;
              PEDTimeout1 = 100000;
            }
            LunaSA Client = {
               ReceiveTimeout = 20000;
               SSLConfigFile = /usr/safenet/lunaclient/bin/openssl.cnf;
               ClientPrivKeyFile = /usr/safenet/lunaclient/cert/client/web01Key.pem;
               ClientCertFile = /usr/safenet/lunaclient/cert/client/web01.pem;
               ServerCAFile = /usr/safenet/lunaclient/cert/server/CAFile.pem;
               NetClient = 1;
               TCPKeepAlive = 1;
               ServerName00 = 10.0.0.5;
               ServerPort00 = 1792;
               ServerHtl00 = 0;
               ServerName01 = 10.0.0.6;
               ServerPort01 = 1792;
               ServerHtl01 = 0;
            }
            """;

    @Test
    void readsTheRealLayout() {
        ChrystokiConf conf = ChrystokiConf.parse(REAL_LAYOUT);

        assertEquals(List.of("Chrystoki2", "Luna", "LunaSA Client"), conf.sectionNames());
        assertEquals(List.of(ServerAddress.of("10.0.0.5"), ServerAddress.of("10.0.0.6")), conf.servers());
        assertEquals(Duration.ofSeconds(20), conf.receiveTimeout());
        assertTrue(conf.tcpKeepAlive());
        assertEquals(Path.of("/usr/safenet/lunaclient/cert/server/CAFile.pem"), conf.serverCaFile().orElseThrow());
        assertEquals("/usr/safenet/lunaclient/lib/libCryptoki2.so", conf.get("Chrystoki2", "LibUNIX").orElseThrow());
    }

    @Test
    void writingAndReadingBackGivesTheSameConfiguration(@TempDir Path dir) {
        ChrystokiConf conf = ChrystokiConf.parse(REAL_LAYOUT);
        Path file = dir.resolve("etc").resolve("Chrystoki.conf");
        conf.write(file);

        assertEquals(conf, ChrystokiConf.read(file));
        assertEquals(conf.format(), ChrystokiConf.parse(conf.format()).format());
    }

    @Test
    void theWrittenTextKeepsTheRealLayout() {
        String text = ChrystokiConf.empty().withServer(ServerAddress.of("hsm1")).format();
        assertEquals("""
                LunaSA Client = {
                   ServerName00 = hsm1;
                   ServerPort00 = 1792;
                   ServerHtl00 = 0;
                }

                """, text);
    }

    @Test
    void aNewServerTakesTheNextIndexAndAKnownOneIsUpdatedInPlace() {
        ChrystokiConf conf = ChrystokiConf.parse(REAL_LAYOUT)
                .withServer(new ServerAddress("10.0.0.7", 1792, 0))
                .withServer(new ServerAddress("10.0.0.5", 11792, 0));

        assertEquals(List.of(new ServerAddress("10.0.0.5", 11792, 0), ServerAddress.of("10.0.0.6"),
                ServerAddress.of("10.0.0.7")), conf.servers());
        assertEquals("10.0.0.7", conf.get(ChrystokiConf.CLIENT_SECTION, "ServerName02").orElseThrow());
    }

    @Test
    void theStandardLayoutNamesTheClientFilesAndHasNoServers(@TempDir Path home) {
        ChrystokiConf conf = ChrystokiConf.standard(home, "web01");
        assertEquals(home.resolve("cert/client/web01.pem"), conf.clientCertFile().orElseThrow());
        assertEquals(home.resolve("cert/client/web01Key.pem"), conf.clientPrivKeyFile().orElseThrow());
        assertEquals(home.resolve("cert/server/CAFile.pem"), conf.serverCaFile().orElseThrow());
        assertEquals("1", conf.get(ChrystokiConf.CLIENT_SECTION, "NetClient").orElseThrow());
        assertTrue(conf.servers().isEmpty());
        assertEquals(ChrystokiConf.DEFAULT_RECEIVE_TIMEOUT, conf.receiveTimeout());
    }

    @Test
    void theBackupSectionNamesTheBackupHsmDirectory() {
        ChrystokiConf conf = ChrystokiConf.parse("Backup = {\n   Directory = /var/lib/backup;\n   Serial = 9001;\n}\n");
        assertEquals(Path.of("/var/lib/backup"), conf.backupDirectory().orElseThrow());
        assertEquals("9001", conf.backupSerial());
    }

    @Test
    void malformedFilesAreFileErrors(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("Chrystoki.conf");
        Files.writeString(file, "LunaSA Client = {\n   ServerName00 = x;\n");
        LunaClientException e = assertThrows(LunaClientException.class, () -> ChrystokiConf.read(file));
        assertEquals(ReturnCodes.RC_FILE_ERROR, e.code());
        assertThrows(IllegalArgumentException.class, () -> ChrystokiConf.parse("just text\n"));
        LunaClientException missing = assertThrows(LunaClientException.class,
                () -> ChrystokiConf.read(dir.resolve("absent.conf")));
        assertEquals("RC_FILE_ERROR", missing.codeName());
    }
}
