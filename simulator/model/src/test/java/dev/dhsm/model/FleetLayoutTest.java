package dev.dhsm.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class FleetLayoutTest {
    @Test
    void twoStampsHoldThirtyDevicesOnDistinctLoopbackAddresses() {
        List<DeviceSlot> d = FleetLayout.devices("eastus", 2, 572413);
        assertEquals(30, d.size());
        assertEquals(24, d.stream().filter(x -> x.kind() == DeviceKind.CUSTOMER).count());
        assertEquals(4, d.stream().filter(x -> x.kind() == DeviceKind.SPARE).count());
        assertEquals(2, d.stream().filter(x -> x.kind() == DeviceKind.TEST).count());
        assertEquals("127.0.1.1", d.get(0).address());
        assertEquals("127.0.1.30", d.get(29).address());
        assertEquals(30, d.stream().map(DeviceSlot::address).distinct().count());
        assertEquals("eastus-s2-d15", d.get(29).id());
        assertEquals(DeviceKind.TEST, d.get(29).kind());
    }

    @Test
    void tooManyStampsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> FleetLayout.devices("x", FleetLayout.MAX_STAMPS + 1, 1));
    }
}
