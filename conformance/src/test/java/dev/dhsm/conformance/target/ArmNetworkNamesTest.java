package dev.dhsm.conformance.target;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ArmNetworkNamesTest {
    @Test
    void theTutorialsRangesGiveTheGatewaySubnetAndAddresses() {
        ArmNetworkNames n = ArmNetworkNames.tutorial();
        assertEquals("10.2.255.0/26", n.gatewaySubnetRange());
        assertEquals("10.2.2.0/24", n.secondSubnetRange());
        assertEquals("10.2.1.5", n.hsmSubnetAddress(5));
        assertEquals("10.2.2.5", n.addressOutsideHsmSubnet(5));
    }

    @Test
    void theEmulatorsRangesAreItsFleetsLoopbackAddresses() {
        ArmNetworkNames n = ArmNetworkNames.tutorial().withRanges("127.0.0.0/16", "127.0.1.0/24");
        assertEquals("127.0.255.0/26", n.gatewaySubnetRange());
        assertEquals("127.0.1.5", n.hsmSubnetAddress(5));
        assertEquals("127.0.2.5", n.addressOutsideHsmSubnet(5));
        assertEquals("myRG", n.resourceGroup());
    }
}
