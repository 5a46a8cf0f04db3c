package dev.dhsm.wire;

import dev.dhsm.wire.message.Attribute;
import dev.dhsm.wire.message.AttributeValues;
import dev.dhsm.wire.message.CloneIn;
import dev.dhsm.wire.message.CloneOut;
import dev.dhsm.wire.message.CloseSession;
import dev.dhsm.wire.message.DataResult;
import dev.dhsm.wire.message.Decrypt;
import dev.dhsm.wire.message.DestroyObject;
import dev.dhsm.wire.message.Encrypt;
import dev.dhsm.wire.message.ErrorResponse;
import dev.dhsm.wire.message.FindObjects;
import dev.dhsm.wire.message.GcmParams;
import dev.dhsm.wire.message.GenerateKey;
import dev.dhsm.wire.message.GenerateKeyPair;
import dev.dhsm.wire.message.GetAttributes;
import dev.dhsm.wire.message.GetPolicies;
import dev.dhsm.wire.message.GetRoleState;
import dev.dhsm.wire.message.Hello;
import dev.dhsm.wire.message.HelloOk;
import dev.dhsm.wire.message.InitPin;
import dev.dhsm.wire.message.InitToken;
import dev.dhsm.wire.message.IvParams;
import dev.dhsm.wire.message.KeyPairHandles;
import dev.dhsm.wire.message.ListSlots;
import dev.dhsm.wire.message.Login;
import dev.dhsm.wire.message.Logout;
import dev.dhsm.wire.message.Mechanism;
import dev.dhsm.wire.message.NtlsMessage;
import dev.dhsm.wire.message.OaepParams;
import dev.dhsm.wire.message.ObjectHandle;
import dev.dhsm.wire.message.ObjectHandles;
import dev.dhsm.wire.message.Octets;
import dev.dhsm.wire.message.Ok;
import dev.dhsm.wire.message.OpenSession;
import dev.dhsm.wire.message.PolicyList;
import dev.dhsm.wire.message.PolicyValue;
import dev.dhsm.wire.message.PssParams;
import dev.dhsm.wire.message.ResetPin;
import dev.dhsm.wire.message.RoleState;
import dev.dhsm.wire.message.SessionOpened;
import dev.dhsm.wire.message.SetPin;
import dev.dhsm.wire.message.SetPolicy;
import dev.dhsm.wire.message.Sign;
import dev.dhsm.wire.message.SlotInfo;
import dev.dhsm.wire.message.SlotList;
import dev.dhsm.wire.message.UnwrapKey;
import dev.dhsm.wire.message.Verify;
import dev.dhsm.wire.message.WrapKey;
import dev.dhsm.wire.pkcs11.Cka;
import dev.dhsm.wire.pkcs11.Ckg;
import dev.dhsm.wire.pkcs11.Ckk;
import dev.dhsm.wire.pkcs11.Ckm;
import dev.dhsm.wire.pkcs11.Cko;
import dev.dhsm.wire.pkcs11.Ckr;
import dev.dhsm.wire.pkcs11.Cku;
import java.util.List;

/**
 * One message of every NTLS type, with edge values (maximum uint32s, uint64s above 2^63, non-ASCII text, empty
 * lists).
 */
final class SampleMessages {

    static final long SESSION = 0x8000_0000_0000_0001L;

    private SampleMessages() {
    }

    static List<NtlsMessage> requests() {
        List<Attribute> aesTemplate = List.of(
                Attribute.ulong(Cka.CLASS, Cko.SECRET_KEY), Attribute.ulong(Cka.KEY_TYPE, Ckk.AES),
                Attribute.ulong(Cka.VALUE_LEN, 32), Attribute.bool(Cka.TOKEN, true),
                Attribute.bool(Cka.SENSITIVE, true), Attribute.string(Cka.LABEL, "clé-1"));
        Mechanism gcm = new Mechanism(Ckm.AES_GCM,
                new GcmParams(Octets.fromHex("000102030405060708090a0b"), Octets.utf8("aad"), 128));
        Mechanism oaep = new Mechanism(Ckm.RSA_PKCS_OAEP, new OaepParams(Ckm.SHA256, Ckg.MGF1_SHA256, Octets.EMPTY));
        Mechanism pss = new Mechanism(Ckm.SHA256_RSA_PKCS_PSS, new PssParams(Ckm.SHA256, Ckg.MGF1_SHA256, 32));
        return List.of(
                new Hello(1, "client-01", "7.2.0"),
                new ListSlots(),
                new OpenSession(0xFFFF_FFFFL, true),
                new CloseSession(SESSION),
                new Login(SESSION, Cku.CRYPTO_USER, "userpin1"),
                new Logout(SESSION),
                new InitToken(3, "sopin123", "KeylessSSL", "cloudflare"),
                new InitPin(SESSION, Cku.USER, "copin123"),
                new SetPin(SESSION, Cku.USER, "copin123", "copin456"),
                new ResetPin(SESSION, Cku.CRYPTO_USER, "cupin789"),
                new GetRoleState(SESSION, Cku.SO),
                new GetPolicies(SESSION),
                new SetPolicy(SESSION, 20, 5),
                new GenerateKey(SESSION, Mechanism.of(Ckm.AES_KEY_GEN), aesTemplate),
                new GenerateKeyPair(SESSION, Mechanism.of(Ckm.EC_KEY_PAIR_GEN),
                        List.of(Attribute.bytes(Cka.EC_PARAMS, Octets.fromHex("06082a8648ce3d030107"))),
                        List.of(Attribute.bool(Cka.SIGN, true), Attribute.bool(Cka.EXTRACTABLE, false))),
                new FindObjects(SESSION, List.of()),
                new GetAttributes(SESSION, 42, List.of(Cka.LABEL, Cka.VALUE, Cka.VENDOR_DEFINED | 0x7FFF_FFFFL)),
                new DestroyObject(SESSION, -1L),
                new Sign(SESSION, 7, pss, Octets.utf8("to be signed")),
                new Verify(SESSION, 8, Mechanism.of(Ckm.ECDSA_SHA256), Octets.utf8("signed"), Octets.fromHex("3045")),
                new Encrypt(SESSION, 9, gcm, Octets.utf8("plaintext")),
                new Decrypt(SESSION, 10, oaep, Octets.of(new byte[256])),
                new WrapKey(SESSION, 11, 12,
                        new Mechanism(Ckm.AES_KEY_WRAP, new IvParams(Octets.fromHex("a6a6a6a6a6a6a6a6")))),
                new UnwrapKey(SESSION, 11, Mechanism.of(Ckm.AES_KEY_WRAP_PAD), Octets.of(new byte[40]), aesTemplate),
                new CloneOut(SESSION, 13),
                new CloneIn(SESSION, Octets.fromHex("deadbeef")));
    }

    static List<NtlsMessage> responses() {
        return List.of(
                new Ok(),
                new HelloOk(1, "7.2.0-220", "7.0.3", "1234567"),
                new SlotList(List.of(
                        new SlotInfo(0, "1234567890123", "par1", "LunaSA 7.2.0", "7.0.3",
                                "Luna User Partition With SO (PW) Signing With Cloning Mode", true),
                        new SlotInfo(1, "1234567890124", "", "LunaSA 7.2.0", "7.0.3", "", false))),
                new SessionOpened(SESSION),
                new RoleState(true, false, true, 3, 7),
                new PolicyList(List.of(new PolicyValue(0, "Allow private key cloning", 1),
                        new PolicyValue(20, "Max failed user logins allowed", 10))),
                new ObjectHandle(0xFFFF_FFFF_FFFF_FFFEL),
                new KeyPairHandles(100, 101),
                new ObjectHandles(List.of(1L, 2L, Long.MIN_VALUE)),
                new AttributeValues(Ckr.ATTRIBUTE_SENSITIVE,
                        List.of(Attribute.string(Cka.LABEL, "k"), Attribute.unavailable(Cka.VALUE))),
                new DataResult(Octets.fromHex("0102")),
                new ErrorResponse(Ckr.PIN_INCORRECT, "PIN incorrect"),
                new ErrorResponse(0xFFFF_FFFFL, "maximum status"));
    }
}
