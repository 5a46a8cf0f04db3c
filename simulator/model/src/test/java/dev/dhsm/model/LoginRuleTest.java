package dev.dhsm.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoginRuleTest {
    @ParameterizedTest(name = "{0}: threshold {1}, consequence {2}")
    @CsvSource({
        "HSM_SO, 3, ZEROIZE_HSM",
        "AUDITOR, 10, LOCK_FOR_TEN_MINUTES",
        "PARTITION_SO, 10, ZEROIZE_PARTITION",
        "CRYPTO_OFFICER, 10, LOCK_ROLE",
        "CRYPTO_USER, 10, LOCK_ROLE",
    })
    void thresholdsAndConsequencesFollowTheCatalogue(LoginRule rule, int threshold, LoginRule.Consequence consequence) {
        assertEquals(threshold, rule.threshold());
        assertEquals(consequence, rule.consequence());
        assertFalse(rule.reached(threshold - 1));
        assertTrue(rule.reached(threshold));
        assertEquals(1, rule.attemptsLeft(threshold - 1));
        assertEquals(0, rule.attemptsLeft(threshold + 5));
    }
}
