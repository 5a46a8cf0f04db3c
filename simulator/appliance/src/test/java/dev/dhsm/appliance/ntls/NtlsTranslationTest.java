package dev.dhsm.appliance.ntls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dhsm.model.CkrException;
import dev.dhsm.model.KeyType;
import dev.dhsm.model.KeyUsage;
import dev.dhsm.model.LunaError;
import dev.dhsm.model.LunaException;
import dev.dhsm.model.MechanismParams;
import dev.dhsm.model.ObjectClass;
import dev.dhsm.model.PartitionRole;
import dev.dhsm.wire.message.Attribute;
import dev.dhsm.wire.message.ErrorResponse;
import dev.dhsm.wire.message.GcmParams;
import dev.dhsm.wire.message.IvParams;
import dev.dhsm.wire.message.Mechanism;
import dev.dhsm.wire.message.OaepParams;
import dev.dhsm.wire.message.Octets;
import dev.dhsm.wire.message.PssParams;
import dev.dhsm.wire.pkcs11.Cka;
import dev.dhsm.wire.pkcs11.Ckg;
import dev.dhsm.wire.pkcs11.Ckk;
import dev.dhsm.wire.pkcs11.Ckm;
import dev.dhsm.wire.pkcs11.Cko;
import dev.dhsm.wire.pkcs11.Ckr;
import dev.dhsm.wire.pkcs11.Cku;
import dev.dhsm.wire.tls.HandshakeFailureReason;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The NTLS adapter's translation tables, one lookup each, without a network. */
class NtlsTranslationTest {

    @Test
    void everyHandshakeFailureHasItsOpensslText() {
        Map<HandshakeFailureReason, String> expected = Map.of(
                HandshakeFailureReason.UNKNOWN_CERTIFICATE, "ssl3_read_bytes:tlsv1 alert unknown ca",
                HandshakeFailureReason.REJECTED_BY_PEER, "ssl3_read_bytes:tlsv1 alert unknown ca",
                HandshakeFailureReason.CERTIFICATE_EXPIRED, "ssl3_read_bytes:sslv3 alert certificate expired",
                HandshakeFailureReason.CERTIFICATE_NOT_YET_VALID, "ssl3_read_bytes:sslv3 alert bad certificate",
                HandshakeFailureReason.NO_CERTIFICATE, "peer did not return a certificate",
                HandshakeFailureReason.NO_COMMON_PARAMETERS, "ssl3_get_client_hello:no shared cipher",
                HandshakeFailureReason.OTHER, "SSL23_GET_CLIENT_HELLO:unknown protocol");
        for (HandshakeFailureReason reason : HandshakeFailureReason.values()) {
            String text = SslAcceptError.of(reason);
            assertTrue(text.matches("error:[0-9A-F]{8}:SSL routines:.*") && text.endsWith(expected.get(reason)),
                    reason + ": " + text);
        }
        assertEquals("error:14094418:SSL routines:ssl3_read_bytes:tlsv1 alert unknown ca",
                SslAcceptError.of(HandshakeFailureReason.UNKNOWN_CERTIFICATE));
    }

    @Test
    void refusalsKeepTheirCodeAndTheModelsReasonOnOneLine() {
        ErrorResponse pin = ErrorResponses.of(new CkrException(dev.dhsm.model.Ckr.PIN_INCORRECT,
                "wrong password for co\n(3 attempts left)"));
        assertEquals(new ErrorResponse(Ckr.PIN_INCORRECT, "wrong password for co (3 attempts left)"), pin);
        ErrorResponse luna = ErrorResponses.of(LunaException.withDetail(LunaError.RC_OBJECT_ALREADY_EXISTS,
                "client already has access"));
        assertEquals(new ErrorResponse(Ckr.OBJECT_ALREADY_EXISTS, "client already has access"), luna);
        assertEquals(Ckr.PIN_LOCKED, ErrorResponses.ckr(LunaError.TOKEN_LOCKED_OUT));
        assertEquals(Ckr.CANCEL, ErrorResponses.ckr(LunaError.RC_CANCEL));
        assertEquals(Ckr.GENERAL_ERROR, ErrorResponses.ckr(LunaError.RC_GENERAL_ERROR));
        for (LunaError error : LunaError.values()) {
            assertTrue(ErrorResponses.ckr(error) != Ckr.OK, error::name);
        }
    }

    @Test
    void userTypesAreThePartitionRoles() {
        assertEquals(PartitionRole.PO, UserTypes.role(Cku.SO));
        assertEquals(PartitionRole.CO, UserTypes.role(Cku.USER));
        assertEquals(PartitionRole.CU, UserTypes.role(Cku.CRYPTO_USER));
        assertEquals(dev.dhsm.model.Ckr.USER_TYPE_INVALID,
                assertThrows(CkrException.class, () -> UserTypes.role(Cku.AUDIT)).ckr());
    }

    @Test
    void mechanismParametersArePassedOnlyWhereThePartitionHonoursThem() {
        Mechanism gcm = new Mechanism(Ckm.AES_GCM, new GcmParams(Octets.of(new byte[12]), Octets.EMPTY, 96));
        MechanismParams read = Mechanisms.params(Mechanisms.mechanism(gcm), gcm);
        assertEquals(96, read.tagBits());
        Mechanism oaep = new Mechanism(Ckm.RSA_PKCS_OAEP, new OaepParams(Ckm.SHA256, Ckg.MGF1_SHA256, Octets.EMPTY));
        assertEquals(MechanismParams.NONE, Mechanisms.params(Mechanisms.mechanism(oaep), oaep));
        Mechanism pss = new Mechanism(Ckm.SHA256_RSA_PKCS_PSS, new PssParams(Ckm.SHA256, Ckg.MGF1_SHA256, 32));
        assertEquals(MechanismParams.NONE, Mechanisms.params(Mechanisms.mechanism(pss), pss));
        for (Mechanism refused : List.of(
                new Mechanism(Ckm.RSA_PKCS_OAEP, new OaepParams(Ckm.SHA_1, Ckg.MGF1_SHA1, Octets.EMPTY)),
                new Mechanism(Ckm.SHA256_RSA_PKCS_PSS, new PssParams(Ckm.SHA256, Ckg.MGF1_SHA256, 20)),
                new Mechanism(Ckm.AES_KEY_WRAP_PAD, new IvParams(Octets.of(new byte[8]))),
                new Mechanism(Ckm.SHA256_RSA_PKCS, new GcmParams(Octets.of(new byte[12]), Octets.EMPTY, 128)))) {
            assertEquals(dev.dhsm.model.Ckr.MECHANISM_PARAM_INVALID, assertThrows(CkrException.class,
                    () -> Mechanisms.params(Mechanisms.mechanism(refused), refused)).ckr(), refused::toString);
        }
        assertEquals(dev.dhsm.model.Ckr.MECHANISM_INVALID, assertThrows(CkrException.class,
                () -> Mechanisms.mechanism(Mechanism.of(Ckm.AES_CBC_PAD))).ckr());
    }

    @Test
    void aKeyTemplateReadsIntoTheModelsTerms() {
        TemplateAttributes t = TemplateAttributes.of(List.of(Attribute.string(Cka.LABEL, "k"),
                Attribute.bytes(Cka.ID, Octets.fromHex("0102")), Attribute.bool(Cka.TOKEN, false),
                Attribute.bool(Cka.SENSITIVE, false), Attribute.bool(Cka.EXTRACTABLE, true),
                Attribute.bool(Cka.ENCRYPT, true), Attribute.bool(Cka.DECRYPT, false),
                Attribute.ulong(Cka.VALUE_LEN, 32), Attribute.ulong(Cka.CLASS, Cko.SECRET_KEY),
                Attribute.ulong(Cka.KEY_TYPE, Ckk.AES), Attribute.bool(Cka.PRIVATE, true)));
        assertEquals("k", t.template().label());
        assertEquals(Octets.fromHex("0102"), Octets.of(t.template().id()));
        assertEquals(Boolean.FALSE, t.template().token());
        assertEquals(Boolean.FALSE, t.template().sensitive());
        assertEquals(Boolean.TRUE, t.template().extractable());
        assertEquals(EnumSet.of(KeyUsage.ENCRYPT), t.template().usages());
        assertEquals(256, t.valueBits());
        assertEquals(ObjectClass.SECRET_KEY, t.objectClass());
        assertEquals(KeyType.AES, t.keyType());

        TemplateAttributes defaults = TemplateAttributes.of(List.of(Attribute.bytes(Cka.EC_PARAMS,
                Octets.fromHex("06052b81040022"))));
        assertEquals("P-384", defaults.curve());
        assertNull(defaults.template().usages());
        assertNull(defaults.template().sensitive());

        assertEquals(dev.dhsm.model.Ckr.ATTRIBUTE_TYPE_INVALID, assertThrows(CkrException.class,
                () -> TemplateAttributes.of(List.of(Attribute.bool(Cka.DERIVE, true)))).ckr());
        assertEquals(dev.dhsm.model.Ckr.ATTRIBUTE_VALUE_INVALID, assertThrows(CkrException.class,
                () -> TemplateAttributes.of(List.of(new Attribute(Cka.TOKEN, Octets.fromHex("0001"))))).ckr());
    }
}
