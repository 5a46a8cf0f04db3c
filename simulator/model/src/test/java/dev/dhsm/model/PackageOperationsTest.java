package dev.dhsm.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PackageOperationsTest {
    private final ModelFixture f = new ModelFixture();
    private static final byte[] PATCH = ("dhsm-spkg 1\nPackage: lunasa_kb0019789\nVersion: 1.0.0\n"
            + "Authcode: K9Q2-7ZT4\n").getBytes(StandardCharsets.UTF_8);

    @Test
    void theRebootPatchIsAbsentUntilInstalled() {
        assertFalse(f.appliance.<Boolean>transact(tx -> tx.packages().rebootPatchInstalled()));
        f.files.write("tenantadmin", "lunasa_kb0019789.spkg", PATCH);
        f.appliance.transact(tx -> tx.packages().update(f.ssh, "lunasa_kb0019789.spkg", "K9Q2-7ZT4"));
        assertTrue(f.appliance.<Boolean>transact(tx -> tx.packages().rebootPatchInstalled()));
    }

    @Test
    void aMissingFileAWrongAuthcodeOrNotAPackageAreRefused() {
        assertEquals(LunaError.RC_FILE_ERROR,
                f.failure(() -> f.appliance.transact(tx -> tx.packages().update(f.ssh, "none.spkg", "x"))));
        f.files.write("tenantadmin", "p.spkg", PATCH);
        assertEquals(LunaError.RC_DATA_INVALID,
                f.failure(() -> f.appliance.transact(tx -> tx.packages().update(f.ssh, "p.spkg", "wrong"))));
        f.files.write("tenantadmin", "junk.spkg", new byte[] {0, 1, 2, (byte) 0xff});
        assertEquals(LunaError.RC_FILE_ERROR,
                f.failure(() -> f.appliance.transact(tx -> tx.packages().update(f.ssh, "junk.spkg", "x"))));
    }

    @Test
    void syslogRecordsTheInstallOnTheClock() {
        f.files.write("tenantadmin", "p.spkg", PATCH);
        f.appliance.transact(tx -> tx.packages().update(f.ssh, "p.spkg", "K9Q2-7ZT4"));
        var lines = f.appliance.transact(tx -> tx.syslog().tail("messages", 10, "package installed"));
        assertEquals(1, lines.size());
        assertEquals(f.clock.now(), lines.get(0).at());
    }
}
