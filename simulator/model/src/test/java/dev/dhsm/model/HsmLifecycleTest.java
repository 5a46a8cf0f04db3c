package dev.dhsm.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dhsm.model.HsmLifecycle.Event;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HsmLifecycleTest {
    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @CsvSource({
        "FACTORY_FRESH, HARD_INIT, INITIALIZED",
        "FACTORY_FRESH, SOFT_INIT, ",
        "FACTORY_FRESH, ZEROIZE, ZEROIZED",
        "FACTORY_FRESH, FACTORY_RESET, FACTORY_FRESH",
        "INITIALIZED, HARD_INIT, ",
        "INITIALIZED, SOFT_INIT, INITIALIZED",
        "INITIALIZED, ZEROIZE, ZEROIZED",
        "INITIALIZED, FACTORY_RESET, FACTORY_FRESH",
        "ZEROIZED, HARD_INIT, INITIALIZED",
        "ZEROIZED, SOFT_INIT, ",
        "ZEROIZED, ZEROIZE, ZEROIZED",
        "ZEROIZED, FACTORY_RESET, FACTORY_FRESH",
    })
    void transitionsFollowTheTable(HsmLifecycle from, Event event, HsmLifecycle to) {
        if (to == null) {
            assertThrows(IllegalStateException.class, () -> from.after(event));
        } else {
            assertEquals(to, from.after(event));
        }
    }
}
