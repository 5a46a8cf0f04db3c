package dev.dhsm.appliance.lunash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HsmLoginTranscriptTest {
    private final ShellFixture f = new ShellFixture().initialized();

    @Test
    void successfulLoginMatchesTheRealExchange() {
        f.run("hsm logout");
        assertEquals("  Please enter the HSM Administrators' password:\n"
                + "  > **********\n"
                + "\n\n"
                + "'hsm login' successful.\n"
                + "\n\n"
                + "Command Result : 0 (Success)\n", f.run("hsm login", "SOpassw0rd"));
    }

    @Test
    void threeWrongPasswordsWarnThenZeroize() {
        f.run("partition create -partition p1 -force");
        f.run("hsm logout");
        String first = f.run("hsm login", "wrong1");
        assertFalse(first.contains("Caution:"), first);
        assertTrue(first.contains("Error:  'hsm login' failed. (A00000 : LUNA_RET_UM_PIN_INCORRECT)\n"), first);
        assertTrue(first.endsWith("\n\nCommand Result : 65535 (Luna Shell execution)\n"), first);
        String second = f.run("hsm login", "wrong2");
        assertTrue(second.startsWith("\nCaution:  You have only TWO HSM Admin logins attempts left (including\n"), second);
        String third = f.run("hsm login", "wrong3");
        assertTrue(third.contains("Caution:  This is your LAST available HSM Admin login attempt\n"), third);
        assertTrue(third.contains("Error:  'hsm login' failed. (30000F : LUNA_RET_SO_LOGIN_FAILURE_THRESHOLD)\n"), third);
        String show = f.run("hsm show");
        assertTrue(show.contains("HSM Admin login attempts left:      HSM IS ZEROIZED !!!!"), show);
        assertTrue(show.contains("There are no partitions."), show);
    }
}
