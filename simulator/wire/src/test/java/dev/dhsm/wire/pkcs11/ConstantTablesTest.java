package dev.dhsm.wire.pkcs11;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConstantTablesTest {

    @Test
    void ckrNamesIncludeTheLunaVendorCodes() {
        assertEquals("CKR_OK", Ckr.name(0));
        assertEquals("CKR_PIN_INCORRECT", Ckr.name(0xA0));
        assertEquals("CKR_USER_LOCKED_OUT", Ckr.name(0x80000007L));
        assertEquals("CKR_CONFIG_FAILS_DEPENDENCIES", Ckr.name(0x8000007DL));
        assertEquals("CKR_CLONE_NOT_ATTEMPTED", Ckr.name(0x80000107L));
    }

    @Test
    void anUnknownCodeIsShownInHex() {
        assertEquals("CKR_0x0000ABCD", Ckr.name(0xABCD));
        assertFalse(Ckr.isKnown(0xABCD));
        assertTrue(Ckr.isKnown(Ckr.SIGNATURE_INVALID));
        assertEquals("0x000000A4 (CKR_PIN_LOCKED)", Ckr.describe(Ckr.PIN_LOCKED));
    }

    @Test
    void theOtherTablesNameTheirValues() {
        assertEquals("CKA_VALUE_LEN", Cka.name(0x161));
        assertEquals("CKM_AES_KEY_WRAP_PAD", Ckm.name(0x210A));
        assertEquals("CKM_SHA256_RSA_PKCS_PSS", Ckm.name(0x43));
        assertEquals("CKO_PRIVATE_KEY", Cko.name(3));
        assertEquals("CKK_AES", Ckk.name(0x1F));
        assertEquals("CKU_CRYPTO_USER", Cku.name(0x80000001L));
        assertEquals("CKG_MGF1_SHA256", Ckg.name(2));
    }

    @Test
    void standardValuesMatchPkcs11() {
        assertEquals(0x1087, Ckm.AES_GCM);
        assertEquals(0x1044, Ckm.ECDSA_SHA256);
        assertEquals(0x1040, Ckm.EC_KEY_PAIR_GEN);
        assertEquals(0x0, Ckm.RSA_PKCS_KEY_PAIR_GEN);
        assertEquals(0x9, Ckm.RSA_PKCS_OAEP);
        assertEquals(0x11, Ckr.ATTRIBUTE_SENSITIVE);
        assertEquals(0x103, Cka.SENSITIVE);
    }
}
