package dev.dhsm.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ObjectOperationsTest {
    private static final byte[] DATA = "to be signed".getBytes(StandardCharsets.UTF_8);
    private final PartitionFixture pf = new PartitionFixture().withCryptoOfficer();
    private final Appliance a = pf.f.appliance;
    private final PartitionSession s = pf.session;

    @Test
    void rsaAndEcKeyPairsSignAndVerify() {
        for (Object[] c : new Object[][] {
            {Mechanism.RSA_PKCS_KEY_PAIR_GEN, 2048, null, Mechanism.SHA256_RSA_PKCS},
            {Mechanism.RSA_PKCS_KEY_PAIR_GEN, 2048, null, Mechanism.SHA256_RSA_PKCS_PSS},
            {Mechanism.EC_KEY_PAIR_GEN, 0, "P-256", Mechanism.ECDSA_SHA256},
            {Mechanism.EC_KEY_PAIR_GEN, 0, "P-384", Mechanism.ECDSA_SHA384},
        }) {
            long[] h = a.transact(tx -> tx.objects().generateKeyPair(s, (Mechanism) c[0], (Integer) c[1], (String) c[2],
                    PartitionFixture.verifying("pub"), PartitionFixture.signing("priv")));
            Mechanism m = (Mechanism) c[3];
            byte[] sig = a.transact(tx -> tx.objects().prepare(s, h[1], KeyUsage.SIGN, m)).sign(DATA);
            assertTrue(a.transact(tx -> tx.objects().prepare(s, h[0], KeyUsage.VERIFY, m)).verify(DATA, sig));
            sig[sig.length - 1] ^= 1;
            byte[] bad = sig;
            assertFalse(a.transact(tx -> tx.objects().prepare(s, h[0], KeyUsage.VERIFY, m)).verify(DATA, bad));
        }
    }

    @Test
    void aesGcmEncryptsAndDecrypts() {
        long k = a.transact(tx -> tx.objects().generateKey(s, Mechanism.AES_KEY_GEN, 256,
                KeyTemplate.labelled("aes", Set.of(KeyUsage.ENCRYPT, KeyUsage.DECRYPT))));
        MechanismParams gcm = MechanismParams.gcm(new byte[12], "aad".getBytes(StandardCharsets.UTF_8), 128);
        byte[] ct = a.transact(tx -> tx.objects().prepare(s, k, KeyUsage.ENCRYPT, Mechanism.AES_GCM)).encrypt(gcm, DATA);
        assertArrayEquals(DATA, a.transact(tx -> tx.objects().prepare(s, k, KeyUsage.DECRYPT, Mechanism.AES_GCM))
                .decrypt(gcm, ct));
        assertEquals(Ckr.KEY_FUNCTION_NOT_PERMITTED, pf.failure(() -> a.run(tx -> tx.objects().prepare(s, k,
                KeyUsage.SIGN, Mechanism.ECDSA))));
    }

    @Test
    void sensitiveKeysNeverLeaveInTheClear() {
        long k = a.transact(tx -> tx.objects().generateKey(s, Mechanism.AES_KEY_GEN, 128,
                KeyTemplate.labelled("aes", Set.of(KeyUsage.ENCRYPT))));
        assertEquals(Ckr.ATTRIBUTE_SENSITIVE, pf.failure(() -> a.run(tx -> tx.objects().exportValue(s, k))));
        assertEquals(Ckr.KEY_UNEXTRACTABLE, pf.failure(() -> a.run(tx -> tx.objects().wrap(s, k, k,
                Mechanism.AES_KEY_WRAP_PAD))));
    }

    @Test
    void extractableKeysWrapAndUnwrap() {
        long kek = a.transact(tx -> tx.objects().generateKey(s, Mechanism.AES_KEY_GEN, 256,
                KeyTemplate.labelled("kek", Set.of(KeyUsage.WRAP, KeyUsage.UNWRAP))));
        long k = a.transact(tx -> tx.objects().generateKey(s, Mechanism.AES_KEY_GEN, 128,
                new KeyTemplate("k", null, true, true, true, Set.of(KeyUsage.ENCRYPT, KeyUsage.DECRYPT))));
        byte[] wrapped = a.transact(tx -> tx.objects().wrap(s, kek, k, Mechanism.AES_KEY_WRAP_PAD));
        long back = a.transact(tx -> tx.objects().unwrap(s, kek, Mechanism.AES_KEY_WRAP_PAD, wrapped,
                ObjectClass.SECRET_KEY, KeyType.AES, KeyTemplate.labelled("k2", Set.of(KeyUsage.DECRYPT))));
        assertEquals(128, a.transact(tx -> tx.objects().get(s, back)).bits());
    }

    @Test
    void keyMaterialIsSealedUnderTheMasterKeyAndZeroizationLosesIt() {
        long k = a.transact(tx -> tx.objects().generateKey(s, Mechanism.AES_KEY_GEN, 256,
                KeyTemplate.labelled("aes", Set.of(KeyUsage.ENCRYPT))));
        KeyObject o = a.transact(tx -> tx.objects().get(s, k));
        assertEquals(12 + 32 + 16, o.sealedMaterial().length);
        a.run(tx -> tx.hsm().zeroize(pf.f.ssh));
        assertFalse(s.open());
        assertEquals(Ckr.SESSION_HANDLE_INVALID, pf.failure(() -> a.run(tx -> tx.objects().get(s, k))));
    }

    @Test
    void cloningWorksOnlyWithinTheSameDomain() {
        long k = a.transact(tx -> tx.objects().generateKey(s, Mechanism.AES_KEY_GEN, 256,
                KeyTemplate.labelled("aes", Set.of(KeyUsage.ENCRYPT))));
        byte[] blob = a.transact(tx -> tx.objects().cloneOut(s, k));
        long copy = a.transact(tx -> tx.objects().cloneIn(s, blob));
        assertEquals("aes", a.transact(tx -> tx.objects().get(s, copy)).label());

        PartitionFixture other = new PartitionFixture();
        PartitionSession os = other.session;
        Appliance oa = other.f.appliance;
        oa.run(tx -> tx.roles().initPartition(os, "P2", PartitionFixture.PO_PIN, "domain-b"));
        oa.run(tx -> tx.roles().login(os, PartitionRole.PO, PartitionFixture.PO_PIN));
        oa.run(tx -> tx.roles().initRole(os, PartitionRole.CO, PartitionFixture.CO_PIN));
        oa.run(tx -> tx.roles().logout(os));
        oa.run(tx -> tx.roles().login(os, PartitionRole.CO, PartitionFixture.CO_PIN));
        oa.run(tx -> tx.roles().changePin(os, PartitionRole.CO, PartitionFixture.CO_PIN, "COpassw0rd2"));
        assertEquals(Ckr.CERTIFICATE_INVALID, other.failure(() -> oa.run(tx -> tx.objects().cloneIn(os, blob))));
    }

    @Test
    void theCryptoUserUsesButDoesNotManage() {
        long[] h = a.transact(tx -> tx.objects().generateKeyPair(s, Mechanism.EC_KEY_PAIR_GEN, 0, "P-256",
                PartitionFixture.verifying("pub"), PartitionFixture.signing("priv")));
        a.run(tx -> tx.roles().initRole(s, PartitionRole.CU, PartitionFixture.CU_PIN));
        a.run(tx -> tx.roles().logout(s));
        a.run(tx -> tx.roles().login(s, PartitionRole.CU, PartitionFixture.CU_PIN));
        a.run(tx -> tx.roles().changePin(s, PartitionRole.CU, PartitionFixture.CU_PIN, "CUpassw0rd2"));
        a.transact(tx -> tx.objects().prepare(s, h[1], KeyUsage.SIGN, Mechanism.ECDSA_SHA256)).sign(DATA);
        assertEquals(Ckr.USER_NOT_AUTHORIZED, pf.failure(() -> a.run(tx -> tx.objects().destroy(s, h[1]))));
    }

    @Test
    void unassignedClientsSeeNothingAndNothingBeforeInit() {
        assertEquals(0, a.transact(tx -> tx.slots().list("stranger")).size());
        assertEquals(Ckr.TOKEN_NOT_PRESENT, pf.failure(() -> a.run(tx -> tx.slots().open("stranger",
                pf.partition.serial()))));
        ModelFixture fresh = new ModelFixture();
        assertEquals(Ckr.TOKEN_NOT_PRESENT, pf.failure(() -> fresh.appliance.run(tx -> tx.slots().open("app1",
                "5724130000001"))));
    }

    @Test
    void ntlsRestartDropsEverySession() {
        a.run(tx -> tx.ntls().restart());
        assertFalse(s.open());
        assertEquals(Ckr.SESSION_HANDLE_INVALID, pf.failure(() -> a.run(tx -> tx.objects().find(s, null, null))));
    }
}
