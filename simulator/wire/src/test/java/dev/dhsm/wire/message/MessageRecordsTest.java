package dev.dhsm.wire.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dhsm.wire.pkcs11.Cka;
import dev.dhsm.wire.pkcs11.Cko;
import dev.dhsm.wire.pkcs11.Ckr;
import dev.dhsm.wire.pkcs11.Cku;
import io.netty.buffer.Unpooled;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageRecordsTest {

    @Test
    void pinsNeverAppearInToString() {
        String logged = List.of(new Login(1, Cku.USER, "s3cret-a"), new InitToken(0, "s3cret-b", "par", "s3cret-c"),
                new InitPin(1, Cku.USER, "s3cret-d"), new SetPin(1, Cku.USER, "s3cret-e", "s3cret-f"),
                new ResetPin(1, Cku.CRYPTO_USER, "s3cret-g")).toString();

        assertFalse(logged.contains("s3cret"), logged);
        assertTrue(logged.contains("CKU_CRYPTO_USER"));
    }

    @Test
    void octetsCompareByContentAndHideItInToString() {
        assertEquals(Octets.fromHex("0a0b"), Octets.of((byte) 10, (byte) 11));
        assertNotEquals(Octets.fromHex("0a0b"), Octets.fromHex("0a0c"));
        assertEquals("Octets[2 bytes]", Octets.fromHex("0a0b").toString());

        byte[] source = {1, 2};
        Octets copy = Octets.of(source);
        source[0] = 9;
        assertEquals(1, copy.toByteArray()[0]);
    }

    @Test
    void attributeValuesDecodeByKind() {
        assertEquals(Cko.SECRET_KEY, Attribute.ulong(Cka.CLASS, Cko.SECRET_KEY).asLong());
        assertTrue(Attribute.bool(Cka.TOKEN, true).asBoolean());
        assertEquals("clé", Attribute.string(Cka.LABEL, "clé").asString());
        assertFalse(Attribute.unavailable(Cka.VALUE).isAvailable());
        assertThrows(IllegalStateException.class, () -> Attribute.unavailable(Cka.VALUE).asString());
        assertThrows(IllegalStateException.class, () -> Attribute.bool(Cka.TOKEN, true).asLong());
    }

    @Test
    void anErrorResponseCannotClaimSuccess() {
        assertThrows(IllegalArgumentException.class, () -> new ErrorResponse(Ckr.OK, "fine"));
        assertEquals(Ckr.PIN_INCORRECT, new ErrorResponse(Ckr.PIN_INCORRECT, "no").status());
        assertTrue(new Ok().isOk());
    }

    @Test
    void valuesTooWideForTheirFieldAreRefusedWhenWriting() {
        PayloadWriter out = new PayloadWriter(Unpooled.buffer());

        assertThrows(IllegalArgumentException.class, () -> out.uint32(0x1_0000_0000L));
        assertThrows(IllegalArgumentException.class, () -> out.uint32(-1));
        assertThrows(IllegalArgumentException.class, () -> out.uint16(0x10000));
        assertThrows(IllegalArgumentException.class, () -> new Attribute(-1, Octets.EMPTY));
    }

    @Test
    void everyRequestTypeNamesItsAnswerAndErrorsAnswerEverything() {
        Arrays.stream(NtlsMessageType.values()).filter(NtlsMessageType::isRequest).forEach(type -> {
            assertTrue(type.isAnsweredBy(new ErrorResponse(Ckr.GENERAL_ERROR, "x")), type.name());
            assertTrue(type.code() > 0 && type.code() < 0x8000);
        });
        assertTrue(NtlsMessageType.SIGN.isAnsweredBy(new DataResult(Octets.EMPTY)));
        assertFalse(NtlsMessageType.SIGN.isAnsweredBy(new Ok()));
        assertFalse(NtlsMessageType.OK.isAnsweredBy(new Ok()));
        assertEquals(NtlsMessageType.ERROR_RESPONSE, NtlsMessageType.forCode(0xFFFF).orElseThrow());
        assertTrue(NtlsMessageType.forCode(0x7000).isEmpty());
    }
}
