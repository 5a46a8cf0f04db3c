package dev.dhsm.conformance.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class LunacmResponseTest {

    @Test
    void noErrorIsSuccess() {
        LunacmResponse r = LunacmResponse.parse("slot set -slot 0", "\n  Current Slot Id: 0\n\nCommand Result : No Error\n");
        assertTrue(r.succeeded());
        assertEquals(OptionalLong.of(0), r.code());
        assertFalse(r.failedWith("CKR_PIN_INCORRECT"));
    }

    @Test
    void aFailureIsMatchedByNameCodeOrBoth() {
        LunacmResponse r = LunacmResponse.parse("role login -name co", "\nCommand Result : 0x000000A4 (CKR_PIN_LOCKED)\n");
        assertFalse(r.succeeded());
        assertEquals("CKR_PIN_LOCKED", r.codeName());
        assertTrue(r.failedWith("CKR_PIN_LOCKED"));
        assertTrue(r.failedWith("0x000000A4"));
        assertTrue(r.failedWith("0x000000a4 (CKR_PIN_LOCKED)"));
        assertFalse(r.failedWith("CKR_PIN_INCORRECT"));
        assertFalse(r.failedWith("0x000000A0 (CKR_PIN_LOCKED)"));
        assertFalse(r.failedWith(""));
    }

    @Test
    void clientLayerErrorsKeepTheirErrorLines() {
        LunacmResponse r = LunacmResponse.parse("clientconfig deploy", "\n  Error: cannot connect to 10.0.0.5:22\n\n"
                + "Command Result : 0xC0000002 (RC_GENERAL_ERROR)\n");
        assertEquals(List.of("cannot connect to 10.0.0.5:22"), r.errors());
        assertTrue(r.failedWith("RC_GENERAL_ERROR"));
    }

    @Test
    void withoutAResultLineItNeitherSucceedsNorFails() {
        LunacmResponse r = LunacmResponse.parse("exit", "");
        assertFalse(r.succeeded());
        assertFalse(r.failedWith("CKR_CANCEL"));
    }
}
