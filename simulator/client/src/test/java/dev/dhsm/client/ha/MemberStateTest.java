package dev.dhsm.client.ha;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The HA member state table, row by row. */
class MemberStateTest {

    @ParameterizedTest
    @CsvSource({
        "ALIVE, FAILED,          DOWN",
        "ALIVE, RECOVERED,       ALIVE",
        "ALIVE, RECOVERY_FAILED, ALIVE",
        "DOWN,  FAILED,          DOWN",
        "DOWN,  RECOVERED,       ALIVE",
        "DOWN,  RECOVERY_FAILED, DOWN",
    })
    void transitions(MemberState from, MemberState.Event event, MemberState to) {
        assertEquals(to, from.on(event));
    }
}
