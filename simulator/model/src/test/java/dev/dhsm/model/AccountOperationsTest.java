package dev.dhsm.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AccountOperationsTest {
    private final ModelFixture f = new ModelFixture();

    @Test
    void theAdminMustChangeTheFactoryPasswordFirst() {
        assertTrue(f.appliance.<Boolean>transact(tx -> tx.accounts().mustChangePassword(f.ssh)));
        assertTrue(f.appliance.transact(tx -> tx.accounts().changePassword(f.ssh, "short")).isPresent());
        assertTrue(f.appliance.transact(tx -> tx.accounts().changePassword(f.ssh, "alllowercase")).isPresent());
        assertFalse(f.appliance.transact(tx -> tx.accounts().changePassword(f.ssh, "Good-pass1")).isPresent());
        assertFalse(f.appliance.<Boolean>transact(tx -> tx.accounts().mustChangePassword(f.ssh)));
        assertEquals(LoginOutcome.Kind.DENIED,
                f.appliance.login("tenantadmin", "PASSWORD", Channel.SSH, "x").kind());
        assertEquals(LoginOutcome.Kind.ACCEPTED,
                f.appliance.login("tenantadmin", "Good-pass1", Channel.SSH, "x").kind());
    }

    @Test
    void recoverWorksOnlyOnTheSerialConsole() {
        f.appliance.transact(tx -> tx.accounts().changePassword(f.ssh, "Good-pass1"));
        assertEquals(LoginOutcome.Kind.DENIED, f.appliance.login("recover", "PASSWORD", Channel.SSH, "x").kind());
        assertEquals(LoginOutcome.Kind.ADMIN_PASSWORD_RECOVERED,
                f.appliance.login("recover", "PASSWORD", Channel.CONSOLE, "console").kind());
        ShellSession s = f.appliance.login("tenantadmin", "PASSWORD", Channel.SSH, "x").session().orElseThrow();
        assertTrue(f.appliance.<Boolean>transact(tx -> tx.accounts().mustChangePassword(s)));
    }

    @Test
    void disabledAndUnknownAccountsAreDenied() {
        assertEquals(LoginOutcome.Kind.DENIED, f.appliance.login("operator", "PASSWORD", Channel.SSH, "x").kind());
        assertEquals(LoginOutcome.Kind.DENIED, f.appliance.login("nobody", "PASSWORD", Channel.SSH, "x").kind());
    }

    @Test
    void passwordRulesNeedEightCharactersFromThreeClasses() {
        assertTrue(PasswordRules.problem("Abcdef1").isPresent());
        assertTrue(PasswordRules.problem("abcdefgh1").isPresent());
        assertFalse(PasswordRules.problem("abcdefg1A").isPresent());
        assertFalse(PasswordRules.problem("abc def 1").isPresent());
        assertTrue(PasswordRules.problem("PASSWORD").isPresent());
    }

    @Test
    void passwordsAreStoredHashed() {
        String stored = PasswordHash.hash("Secret-123");
        assertFalse(stored.contains("Secret-123"));
        assertTrue(PasswordHash.matches("Secret-123", stored));
        assertFalse(PasswordHash.matches("Secret-124", stored));
    }
}
