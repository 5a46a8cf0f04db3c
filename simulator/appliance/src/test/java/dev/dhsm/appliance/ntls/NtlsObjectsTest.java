package dev.dhsm.appliance.ntls;

import static dev.dhsm.appliance.ntls.NtlsFixture.APP1;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dhsm.wire.message.Attribute;
import dev.dhsm.wire.message.AttributeValues;
import dev.dhsm.wire.message.CloneIn;
import dev.dhsm.wire.message.CloneOut;
import dev.dhsm.wire.message.DataResult;
import dev.dhsm.wire.message.Decrypt;
import dev.dhsm.wire.message.DestroyObject;
import dev.dhsm.wire.message.Encrypt;
import dev.dhsm.wire.message.FindObjects;
import dev.dhsm.wire.message.GcmParams;
import dev.dhsm.wire.message.GenerateKey;
import dev.dhsm.wire.message.GenerateKeyPair;
import dev.dhsm.wire.message.GetAttributes;
import dev.dhsm.wire.message.KeyPairHandles;
import dev.dhsm.wire.message.Mechanism;
import dev.dhsm.wire.message.ObjectHandle;
import dev.dhsm.wire.message.ObjectHandles;
import dev.dhsm.wire.message.Octets;
import dev.dhsm.wire.message.Ok;
import dev.dhsm.wire.message.Sign;
import dev.dhsm.wire.message.UnwrapKey;
import dev.dhsm.wire.message.Verify;
import dev.dhsm.wire.message.WrapKey;
import dev.dhsm.wire.pkcs11.Cka;
import dev.dhsm.wire.pkcs11.Ckk;
import dev.dhsm.wire.pkcs11.Ckm;
import dev.dhsm.wire.pkcs11.Cko;
import dev.dhsm.wire.pkcs11.Ckr;
import java.math.BigInteger;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Crypto Officer generates and uses keys on a partition through the appliance's NTLS listener. */
class NtlsObjectsTest {

    private static final Octets DATA = Octets.utf8("to be signed over NTLS");

    @TempDir
    Path dir;
    private NtlsFixture f;
    private LoopbackNtlsClient c;
    private long s;

    @BeforeEach
    void loggedInAsCryptoOfficer() throws Exception {
        f = new NtlsFixture(dir);
        f.register("app1", APP1, "127.0.0.1", "p1");
        c = f.connect(APP1);
        c.hello();
        s = NtlsFixture.cryptoOfficer(c);
    }

    @AfterEach
    void stop() {
        c.close();
        f.close();
    }

    @Test
    void anRsa2048KeyPairSignsAndItsPublicHalfReadsBackAsAVerifyingKey() throws Exception {
        KeyPairHandles pair = c.expect(new GenerateKeyPair(s, Mechanism.of(Ckm.RSA_PKCS_KEY_PAIR_GEN),
                Templates.rsaPublic("rsa-pub", 2048), Templates.signing("rsa")), KeyPairHandles.class);
        Mechanism sha256 = Mechanism.of(Ckm.SHA256_RSA_PKCS);
        byte[] signature = c.expect(new Sign(s, pair.privateKey(), sha256, DATA), DataResult.class).data()
                .toByteArray();
        c.expect(new Verify(s, pair.publicKey(), sha256, DATA, Octets.of(signature)), Ok.class);
        signature[0] ^= 1;
        c.refused(new Verify(s, pair.publicKey(), sha256, DATA, Octets.of(signature)), Ckr.SIGNATURE_INVALID);
        signature[0] ^= 1;

        AttributeValues read = c.expect(new GetAttributes(s, pair.publicKey(), List.of(Cka.CLASS, Cka.KEY_TYPE,
                Cka.LABEL, Cka.MODULUS_BITS, Cka.VERIFY, Cka.SIGN, Cka.MODULUS, Cka.PUBLIC_EXPONENT)),
                AttributeValues.class);
        assertEquals(Ckr.OK, read.status());
        List<Attribute> a = read.attributes();
        assertEquals(Cko.PUBLIC_KEY, a.get(0).asLong());
        assertEquals(Ckk.RSA, a.get(1).asLong());
        assertEquals("rsa-pub", a.get(2).asString());
        assertEquals(2048, a.get(3).asLong());
        assertTrue(a.get(4).asBoolean());
        assertFalse(a.get(5).asBoolean());
        assertEquals(256, a.get(6).value().length());
        assertEquals(Octets.fromHex("010001"), a.get(7).value());
        Signature jdk = Signature.getInstance("SHA256withRSA");
        jdk.initVerify(KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                new BigInteger(1, a.get(6).value().toByteArray()), new BigInteger(1, a.get(7).value().toByteArray()))));
        jdk.update(DATA.toByteArray());
        assertTrue(jdk.verify(signature), "the modulus and exponent read over NTLS verify the signature");

        AttributeValues secret = c.expect(new GetAttributes(s, pair.privateKey(), List.of(Cka.SENSITIVE,
                Cka.PRIVATE_EXPONENT, Cka.EC_POINT)), AttributeValues.class);
        assertEquals(Ckr.ATTRIBUTE_SENSITIVE, secret.status());
        assertTrue(secret.attributes().get(0).asBoolean());
        assertFalse(secret.attributes().get(1).isAvailable());
        assertFalse(secret.attributes().get(2).isAvailable());
    }

    @Test
    void anEcP256KeyPairSignsWithEcdsaSha256() throws Exception {
        KeyPairHandles pair = c.expect(new GenerateKeyPair(s, Mechanism.of(Ckm.EC_KEY_PAIR_GEN),
                Templates.ecPublic("ec-pub", Templates.P256), Templates.signing("ec")), KeyPairHandles.class);
        Mechanism ecdsa = Mechanism.of(Ckm.ECDSA_SHA256);
        Octets signature = c.expect(new Sign(s, pair.privateKey(), ecdsa, DATA), DataResult.class).data();
        c.expect(new Verify(s, pair.publicKey(), ecdsa, DATA, signature), Ok.class);
        c.refused(new Verify(s, pair.publicKey(), ecdsa, Octets.utf8("other data"), signature),
                Ckr.SIGNATURE_INVALID);
        List<Attribute> a = c.expect(new GetAttributes(s, pair.publicKey(), List.of(Cka.KEY_TYPE, Cka.EC_PARAMS,
                Cka.EC_POINT)), AttributeValues.class).attributes();
        assertEquals(Ckk.EC, a.get(0).asLong());
        assertEquals(Templates.P256, a.get(1).value());
        byte[] point = a.get(2).value().toByteArray();
        assertEquals(67, point.length, "DER OCTET STRING of an uncompressed P-256 point");
        assertEquals(0x04, point[0]);
        assertEquals(0x04, point[2]);
        c.refused(new Sign(s, pair.publicKey(), ecdsa, DATA), Ckr.KEY_FUNCTION_NOT_PERMITTED);
    }

    @Test
    void anAes256KeyEncryptsAndDecryptsWithGcmAndNeverShowsItsValue() throws Exception {
        long key = c.expect(new GenerateKey(s, Mechanism.of(Ckm.AES_KEY_GEN), Templates.aes("aes", 32, true)),
                ObjectHandle.class).handle();
        Mechanism gcm = new Mechanism(Ckm.AES_GCM, new GcmParams(Octets.fromHex("000102030405060708090a0b"),
                Octets.utf8("header"), 128));
        Octets plain = Octets.utf8("a secret message");
        Octets sealed = c.expect(new Encrypt(s, key, gcm, plain), DataResult.class).data();
        assertEquals(plain.length() + 16, sealed.length());
        assertEquals(plain, c.expect(new Decrypt(s, key, gcm, sealed), DataResult.class).data());
        byte[] tampered = sealed.toByteArray();
        tampered[0] ^= 1;
        c.refused(new Decrypt(s, key, gcm, Octets.of(tampered)), Ckr.ENCRYPTED_DATA_INVALID);
        c.refused(new Encrypt(s, key, Mechanism.of(Ckm.AES_GCM), plain), Ckr.MECHANISM_PARAM_INVALID);
        c.refused(new Encrypt(s, key, Mechanism.of(Ckm.AES_CBC_PAD), plain), Ckr.MECHANISM_INVALID);

        AttributeValues read = c.expect(new GetAttributes(s, key, List.of(Cka.VALUE_LEN, Cka.VALUE, 0x8123_4567L)),
                AttributeValues.class);
        assertEquals(Ckr.ATTRIBUTE_SENSITIVE, read.status());
        assertEquals(32, read.attributes().get(0).asLong());
        assertNull(read.attributes().get(1).value());
        assertNull(read.attributes().get(2).value());
    }

    @Test
    void anExtractableKeyShowsItsValueAndObjectsAreFoundByTemplateAndDestroyed() throws Exception {
        long open = c.expect(new GenerateKey(s, Mechanism.of(Ckm.AES_KEY_GEN), Templates.aes("open", 16, false)),
                ObjectHandle.class).handle();
        long other = c.expect(new GenerateKey(s, Mechanism.of(Ckm.AES_KEY_GEN), Templates.aes("other", 32, true)),
                ObjectHandle.class).handle();
        AttributeValues read = c.expect(new GetAttributes(s, open, List.of(Cka.VALUE, 0x8123_4567L)),
                AttributeValues.class);
        assertEquals(Ckr.ATTRIBUTE_TYPE_INVALID, read.status());
        assertEquals(16, read.attributes().get(0).value().length());

        assertEquals(List.of(open), c.expect(new FindObjects(s, List.of(Attribute.string(Cka.LABEL, "open"))),
                ObjectHandles.class).handles());
        assertEquals(List.of(other), c.expect(new FindObjects(s, List.of(Attribute.ulong(Cka.CLASS, Cko.SECRET_KEY),
                Attribute.ulong(Cka.VALUE_LEN, 32))), ObjectHandles.class).handles());
        assertEquals(List.of(open, other), c.expect(new FindObjects(s, List.of()), ObjectHandles.class).handles());
        c.expect(new DestroyObject(s, open), Ok.class);
        c.refused(new GetAttributes(s, open, List.of(Cka.LABEL)), Ckr.OBJECT_HANDLE_INVALID);
        c.refused(new GenerateKey(s, Mechanism.of(Ckm.AES_KEY_GEN), List.of(Attribute.ulong(Cka.VALUE_LEN, 32),
                Attribute.bytes(Cka.CHECK_VALUE, Octets.of((byte) 1)))), Ckr.ATTRIBUTE_TYPE_INVALID);
    }

    @Test
    void keysLeaveAndEnterByWrappingAndByCloningUnderThePartitionsDomain() throws Exception {
        long kek = c.expect(new GenerateKey(s, Mechanism.of(Ckm.AES_KEY_GEN), List.of(Attribute.ulong(Cka.VALUE_LEN,
                32), Attribute.bool(Cka.WRAP, true), Attribute.bool(Cka.UNWRAP, true))), ObjectHandle.class).handle();
        long open = c.expect(new GenerateKey(s, Mechanism.of(Ckm.AES_KEY_GEN), Templates.aes("open", 16, false)),
                ObjectHandle.class).handle();
        Mechanism wrap = Mechanism.of(Ckm.AES_KEY_WRAP_PAD);
        Octets wrapped = c.expect(new WrapKey(s, kek, open, wrap), DataResult.class).data();
        long back = c.expect(new UnwrapKey(s, kek, wrap, wrapped, List.of(Attribute.ulong(Cka.CLASS, Cko.SECRET_KEY),
                Attribute.ulong(Cka.KEY_TYPE, Ckk.AES), Attribute.string(Cka.LABEL, "back"),
                Attribute.bool(Cka.DECRYPT, true))), ObjectHandle.class).handle();
        assertEquals(16, c.expect(new GetAttributes(s, back, List.of(Cka.VALUE_LEN)), AttributeValues.class)
                .attributes().get(0).asLong());
        c.refused(new WrapKey(s, kek, kek, wrap), Ckr.KEY_UNEXTRACTABLE);

        Octets blob = c.expect(new CloneOut(s, open), DataResult.class).data();
        long cloned = c.expect(new CloneIn(s, blob), ObjectHandle.class).handle();
        assertEquals("open", c.expect(new GetAttributes(s, cloned, List.of(Cka.LABEL)), AttributeValues.class)
                .attributes().get(0).asString());
        byte[] foreign = blob.toByteArray();
        foreign[foreign.length - 1] ^= 1;
        c.refused(new CloneIn(s, Octets.of(foreign)), dev.dhsm.model.Ckr.CERTIFICATE_INVALID.code());
    }
}
