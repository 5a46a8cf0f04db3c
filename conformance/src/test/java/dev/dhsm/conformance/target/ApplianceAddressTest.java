package dev.dhsm.conformance.target;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ApplianceAddressTest {

    @Test
    void theStandardPortsAreLeftOut() {
        assertEquals("-server 10.0.0.5", new ApplianceAddress("10.0.0.5", 22, 1792).deployOptions());
        assertEquals("-server 127.0.0.1 -sshport 40001 -ntlsport 40002",
                new ApplianceAddress("127.0.0.1", 40001, 40002).deployOptions());
    }
}
