package dev.dhsm.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AuditOperationsTest {
    private final ModelFixture f = new ModelFixture();

    @Test
    void tenBadLoginsLockTheAuditorForTenMinutesOnTheClock() {
        for (int i = 1; i <= 9; i++) {
            assertEquals(LunaError.UM_PIN_INCORRECT, badLogin());
        }
        assertEquals(LunaError.AUDIT_LOGIN_FAILURE_THRESHOLD, badLogin());
        assertEquals(LunaError.AUDIT_LOGIN_TIMEOUT_IN_PROGRESS, login(ApplianceConfig.DEFAULT_AUDIT_PASSWORD));
        f.clock.advance(Duration.ofMinutes(9).plusSeconds(59));
        assertEquals(LunaError.AUDIT_LOGIN_TIMEOUT_IN_PROGRESS, login(ApplianceConfig.DEFAULT_AUDIT_PASSWORD));
        f.clock.advance(Duration.ofSeconds(1));
        assertEquals(null, login(ApplianceConfig.DEFAULT_AUDIT_PASSWORD));
        assertTrue(f.ssh.auditLoggedIn());
    }

    @Test
    void afterTheLockExpiresCountingStartsAfresh() {
        for (int i = 0; i < 10; i++) {
            badLogin();
        }
        f.clock.advance(Duration.ofMinutes(10));
        assertEquals(LunaError.UM_PIN_INCORRECT, badLogin());
        assertEquals(9, f.appliance.<Integer>transact(tx -> tx.audit().attemptsLeft()));
    }

    @Test
    void anUninitializedAuditorCannotLogIn() {
        ShellSession console = f.login(Channel.CONSOLE);
        f.appliance.run(tx -> tx.hsm().factoryReset(console));
        assertEquals(LunaError.LOG_AUDIT_NOT_INITIALIZED, login("PASSWORD"));
    }

    private LunaError badLogin() {
        return login("wrong-password");
    }

    private LunaError login(String password) {
        try {
            f.appliance.run(tx -> tx.audit().login(f.ssh, password));
            return null;
        } catch (LunaException e) {
            return e.error();
        }
    }
}
