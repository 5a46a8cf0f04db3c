package dev.dhsm.client.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dhsm.appliance.ntls.NtlsListener;
import dev.dhsm.client.ChrystokiConf;
import dev.dhsm.client.EcCurve;
import dev.dhsm.client.KeyPairTemplate;
import dev.dhsm.client.KeyUsage;
import dev.dhsm.client.Mechanisms;
import dev.dhsm.client.SecretKeyTemplate;
import dev.dhsm.client.Session;
import dev.dhsm.client.TestPki;
import dev.dhsm.client.lunacm.LunaCm;
import dev.dhsm.client.lunacm.Lunacm;
import dev.dhsm.client.lunacm.LunacmEnvironment;
import dev.dhsm.client.lunacm.LunacmState;
import dev.dhsm.client.lunacm.StreamShellIO;
import dev.dhsm.wire.message.KeyPairHandles;
import dev.dhsm.wire.pkcs11.Cko;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.InstantSource;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole client side against a whole in-process appliance: {@code clientconfig deploy} over real SSH, then LunaCM
 * over real NTLS for partition init and roles, keys and signatures through the library, a backup to the emulated
 * Backup HSM, and restores into a partition of the same cloning domain (works) and of another (refused per object).
 */
class EndToEndTest {

    static final String PO = "Po#Passw0rd";
    static final String CO = "Co#Passw0rd";
    static final byte[] DATA = "the quick brown fox".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;
    InProcessAppliance hsm;
    NtlsListener ntls;
    LunacmState state;
    Lunacm lunacm;

    @BeforeEach
    void start() throws Exception {
        hsm = new InProcessAppliance(dir, "par1", "par2", "par3");
        ntls = NtlsListener.start(hsm.appliance, hsm.issuer, new InetSocketAddress("127.0.0.1", 0));
        Path conf = dir.resolve("client").resolve("Chrystoki.conf");
        ChrystokiConf.empty().with(ChrystokiConf.BACKUP_SECTION, "Directory", dir.resolve("backup").toString())
                .write(conf);
        state = LunaCm.state(new LunacmEnvironment(InstantSource.fixed(TestPki.NOW), new SecureRandom(), conf,
                conf.getParent()));
        lunacm = new Lunacm(state);
    }

    @AfterEach
    void stop() {
        state.close();
        ntls.close();
        hsm.close();
    }

    String run(String line, String... answers) {
        return LunacmLines.run(lunacm, line, answers);
    }

    String ok(String line, String... answers) {
        return LunacmLines.ok(lunacm, line, answers);
    }

    void deploy(String partition) {
        ok("clientconfig deploy -server 127.0.0.1 -sshport " + hsm.sshPort() + " -ntlsport "
                + ntls.address().getPort() + " -client web01 -partition " + partition + " -user "
                + InProcessAppliance.ADMIN, InProcessAppliance.ADMIN_PASSWORD);
    }

    /** partition init with the given domain, then PO creates the CO, whose first password is changed. */
    void initPartition(int slot, String label, String domain) {
        ok("slot set -slot " + slot);
        ok("partition init -label " + label + " -domain " + domain, PO, PO, "proceed");
        ok("role login -name po", PO);
        ok("role init -name co -password Co#Init000");
        ok("role logout");
        ok("role login -name co -password Co#Init000");
        ok("role changepw -name co -oldpw Co#Init000 -newpw " + CO);
    }

    @Test
    void deployInitKeysBackupAndRestore() {
        deploy("par1");
        deploy("par2");
        deploy("par3");
        ByteArrayOutputStream startup = new ByteArrayOutputStream();
        lunacm.startup(new StreamShellIO(new ByteArrayInputStream(new byte[0]),
                new PrintStream(startup, true, StandardCharsets.UTF_8)));
        String listing = startup.toString(StandardCharsets.UTF_8);
        assertTrue(listing.contains("  Slot Id ->              2\n  Label ->\n"), listing);
        assertTrue(listing.contains("  Model ->                LunaSA 7.2.0\n  Firmware Version ->     7.0.3\n"),
                listing);
        assertTrue(listing.contains("  Slot Description ->     Backup Device\n"), listing);

        initPartition(0, "P1", "blue");
        Session co = state.session(0);
        KeyPairHandles rsa = co.generateKeyPair(KeyPairTemplate.rsa(2048).withLabel("rsa1"));
        KeyPairHandles ec = co.generateKeyPair(KeyPairTemplate.ec(EcCurve.P256).withLabel("ec1"));
        long aes = co.generateKey(SecretKeyTemplate.aes(256).withLabel("aes1"));
        byte[] rsaSig = co.sign(rsa.privateKey(), Mechanisms.sha256RsaPkcs(), DATA);
        assertTrue(co.verify(rsa.publicKey(), Mechanisms.sha256RsaPkcs(), DATA, rsaSig));
        assertTrue(co.verify(rsa.publicKey(), Mechanisms.sha256RsaPss(), DATA,
                co.sign(rsa.privateKey(), Mechanisms.sha256RsaPss(), DATA)));
        assertTrue(co.verify(ec.publicKey(), Mechanisms.ecdsaSha256(), DATA,
                co.sign(ec.privateKey(), Mechanisms.ecdsaSha256(), DATA)));
        assertFalse(co.verify(ec.publicKey(), Mechanisms.ecdsaSha256(), "other".getBytes(StandardCharsets.UTF_8),
                co.sign(ec.privateKey(), Mechanisms.ecdsaSha256(), DATA)));
        byte[] iv = new byte[12];
        byte[] ciphertext = co.encrypt(aes, Mechanisms.aesGcm(iv, new byte[0]), DATA);
        assertArrayEquals(DATA, co.decrypt(aes, Mechanisms.aesGcm(iv, new byte[0]), ciphertext));
        assertTrue(ok("partition contents").contains("  Number of objects:  5\n"));

        String backup = ok("partition archive backup -slot 3 -partition nightly", "Bk#Passw0rd", "Bk#Passw0rd");
        assertTrue(backup.contains("  5 of 5 objects have been backed up to partition nightly\n"), backup);

        initPartition(1, "P2", "blue");
        String restored = ok("partition archive restore -slot 3 -partition nightly -password Bk#Passw0rd");
        assertTrue(restored.contains("  5 of 5 objects have been restored"), restored);
        Session twin = state.session(1);
        long restoredKey = twin.findObjects("rsa1", Cko.PRIVATE_KEY).get(0);
        assertTrue(co.verify(rsa.publicKey(), Mechanisms.sha256RsaPkcs(), DATA,
                twin.sign(restoredKey, Mechanisms.sha256RsaPkcs(), DATA)), "the restored key is the same key");

        initPartition(2, "P3", "red");
        String refused = run("partition archive restore -slot 3 -partition nightly -password Bk#Passw0rd");
        assertEquals(5, refused.lines().filter(l -> l.startsWith("    Failed to clone object")
                && l.endsWith("(CKR_CERTIFICATE_INVALID)")).count(), refused);
        assertTrue(refused.endsWith("Command Result : 0x80000103 (CKR_CERTIFICATE_INVALID)\n"), refused);
        assertEquals(List.of(), state.session(2).findObjects(List.of()));
    }

    @Test
    void aRegeneratedApplianceCertificateBreaksTheClientUntilTheExchangeIsRepeated() {
        deploy("par1");
        assertTrue(ok("slot list").contains("  Slot Id ->              0\n"));
        hsm.lunash("sysconf regenCert -force", "service restart ntls");

        String broken = ok("slot list");
        assertTrue(broken.contains("  Server 127.0.0.1 is unreachable: 0xC0000711 (RC_SSL_FAILED_HANDSHAKE)\n"),
                broken);
        assertTrue(broken.contains("  Slot Id ->              0\n  Label ->                Backup HSM\n"),
                "the backup HSM moves up to slot 0, as slots renumber when a server drops out");

        deploy("par1");
        assertTrue(ok("slot list").contains("  Slot Id ->              0\n  Label ->\n  Serial Number ->"));
    }

    @Test
    void oaepEcdsaSha384AndKeyWrapping() {
        deploy("par1");
        state.refreshSlots();
        initPartition(0, "P1", "blue");
        Session co = state.session(0);
        KeyPairHandles rsa = co.generateKeyPair(KeyPairTemplate.rsa(2048).withLabel("oaep")
                .withUsages(KeyUsage.ENCRYPT, KeyUsage.DECRYPT));
        byte[] sealed = co.encrypt(rsa.publicKey(), Mechanisms.rsaOaepSha256(), DATA);
        assertArrayEquals(DATA, co.decrypt(rsa.privateKey(), Mechanisms.rsaOaepSha256(), sealed));

        KeyPairHandles ec = co.generateKeyPair(KeyPairTemplate.ec(EcCurve.P384).withLabel("ec384"));
        assertTrue(co.verify(ec.publicKey(), Mechanisms.ecdsaSha384(), DATA,
                co.sign(ec.privateKey(), Mechanisms.ecdsaSha384(), DATA)));

        long kek = co.generateKey(SecretKeyTemplate.aes(256).withLabel("kek"));
        long data = co.generateKey(SecretKeyTemplate.aes(128).withLabel("dek").withExtractable(true));
        byte[] wrapped = co.wrapKey(kek, data, Mechanisms.aesKeyWrapPad());
        long copy = co.unwrapKey(kek, Mechanisms.aesKeyWrapPad(), wrapped,
                SecretKeyTemplate.aes(128).withLabel("dek-copy").unwrapTemplate());
        byte[] iv = new byte[12];
        assertArrayEquals(DATA, co.decrypt(copy, Mechanisms.aesGcm(iv, new byte[0]),
                co.encrypt(data, Mechanisms.aesGcm(iv, new byte[0]), DATA)), "the unwrapped key is the same key");
    }

    @Test
    void manyThreadsSignThroughSeveralSessions() throws Exception {
        deploy("par1");
        state.refreshSlots();
        initPartition(0, "P1", "blue");
        Session co = state.session(0);
        KeyPairHandles ec = co.generateKeyPair(KeyPairTemplate.ec(EcCurve.P256).withLabel("ec1")
                .withUsages(KeyUsage.SIGN, KeyUsage.VERIFY));
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(threads.submit(() -> {
                    for (int i = 0; i < 20; i++) {
                        byte[] sig = co.sign(ec.privateKey(), Mechanisms.ecdsaSha256(), DATA);
                        if (!co.verify(ec.publicKey(), Mechanisms.ecdsaSha256(), DATA, sig)) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (java.util.concurrent.Future<Boolean> r : results) {
                assertTrue(r.get());
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
