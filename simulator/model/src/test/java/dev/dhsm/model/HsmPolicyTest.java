package dev.dhsm.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HsmPolicyTest {
    @ParameterizedTest(name = "policy {0}: default {1}, destructive {2}")
    @CsvSource({
        "7, 1, true",
        "12, 1, true",
        "15, 0, true",
        "16, 1, false",
        "21, 1, false",
        "33, 10, false",
    })
    void defaultsAndDestructiveness(int code, int defaultValue, boolean destructive) {
        HsmPolicy p = HsmPolicy.byCode(code).orElseThrow();
        assertEquals(defaultValue, p.defaultValue());
        assertEquals(destructive, p.destructive());
    }

    @Test
    void valueRanges() {
        assertTrue(HsmPolicy.SO_CAN_RESET_PARTITION_PIN.accepts(1));
        assertFalse(HsmPolicy.SO_CAN_RESET_PARTITION_PIN.accepts(2));
        assertTrue(HsmPolicy.MAX_PARTITIONS.accepts(10));
        assertFalse(HsmPolicy.MAX_PARTITIONS.accepts(11));
        assertFalse(HsmPolicy.byCode(50).isPresent());
    }
}
