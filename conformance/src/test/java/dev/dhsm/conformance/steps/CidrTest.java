package dev.dhsm.conformance.steps;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CidrTest {
    @Test
    void anAddressIsInItsRangeAndNotInTheNext() {
        assertTrue(Cidr.contains("10.2.1.0/24", "10.2.1.255"));
        assertTrue(Cidr.contains("127.0.1.0/24", "127.0.1.17"));
        assertFalse(Cidr.contains("10.2.1.0/24", "10.2.2.0"));
        assertTrue(Cidr.contains("10.2.255.0/26", "10.2.255.63"));
        assertFalse(Cidr.contains("10.2.255.0/26", "10.2.255.64"));
        assertTrue(Cidr.contains("0.0.0.0/0", "192.168.1.1"));
    }

    @Test
    void somethingThatIsNotAnAddressIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Cidr.contains("10.2.1.0/24", "10.2.1"));
    }
}
