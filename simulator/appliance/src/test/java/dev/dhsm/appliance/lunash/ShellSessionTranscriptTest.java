package dev.dhsm.appliance.lunash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dhsm.model.Channel;
import dev.dhsm.model.LoginOutcome;
import org.junit.jupiter.api.Test;

class ShellSessionTranscriptTest {
    @Test
    void firstLoginShowsTheBannerForcesAChangeAndReachesThePrompt() {
        ShellFixture f = new ShellFixture();
        f.io.feed("short", "short", "Str0ng-pass", "Str0ng-pass", "hsm show", "exit");
        f.lunash.runShell(f.session, f.io);
        String out = f.io.text();
        assertTrue(out.startsWith("\nLuna Network HSM Command Line Shell v7.2.0-220. Copyright (c) 2018 SafeNet."
                + " All rights reserved.\n"), out);
        assertTrue(out.contains("**   For security purposes, you must change your   **"), out);
        assertTrue(out.contains("Changing password for user tenantadmin.\n"), out);
        assertTrue(out.contains("BAD PASSWORD: it is too short"), out);
        assertTrue(out.contains("passwd: all authentication tokens updated successfully.\n"
                + "Password change successful.\n\n[local_host] lunash:>hsm show\n"), out);
        assertFalse(out.contains("Str0ng-pass"), "passwords are never shown");
        assertFalse(f.session.open());
        assertEquals(LoginOutcome.Kind.ACCEPTED,
                f.appliance.login("tenantadmin", "Str0ng-pass", Channel.SSH, "x").kind());
    }

    @Test
    void aSingleCommandBeforeThePasswordChangeIsRefused() {
        ShellFixture f = new ShellFixture();
        assertEquals(1, f.lunash.runCommand(f.session, f.io, "hsm show"));
        assertTrue(f.io.text().contains("has expired"));
    }

    @Test
    void aSingleCommandAfterTheChangeReportsItsStatus() {
        ShellFixture f = new ShellFixture();
        f.appliance.transact(tx -> tx.accounts().changePassword(f.session, "Str0ng-pass"));
        assertEquals(0, f.lunash.runCommand(f.session, f.io, "hsm show"));
        var s2 = f.appliance.login("tenantadmin", "Str0ng-pass", Channel.SSH, "x").session().orElseThrow();
        assertEquals(1, f.lunash.runCommand(s2, f.io, "hsm login -password nope"));
    }

    @Test
    void factoryResetWorksOnTheConsole() {
        ShellFixture f = new ShellFixture(Channel.CONSOLE).initialized();
        assertTrue(f.run("hsm factoryReset", "proceed").contains("'hsm factoryReset' successful."));
        String show = f.run("hsm show");
        assertTrue(show.contains("HSM IS ZEROIZED !!!!"), show);
        assertTrue(show.contains("Audit Role Initialized:             No"), show);
    }
}
