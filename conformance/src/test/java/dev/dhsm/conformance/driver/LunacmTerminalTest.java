package dev.dhsm.conformance.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dhsm.conformance.target.Answers;
import org.junit.jupiter.api.Test;

class LunacmTerminalTest {

    @Test
    void partitionInitIsAnsweredAsTheReferenceExchangeAsks() {
        LunacmTerminal t = new LunacmTerminal(Answers.password("Po#Passw0rd1").andProceed());
        assertEquals("Po#Passw0rd1", t.readSecret("  Enter password for Partition SO: "));
        assertEquals("Po#Passw0rd1", t.readSecret("  Re-enter password for Partition SO: "));
        assertEquals("proceed", t.readLine("  Type 'proceed' to continue, or 'quit' to quit now ->"));
        assertTrue(t.unanswered().isEmpty());
        assertTrue(t.text().contains("Enter password for Partition SO: ************\n"), t.text());
        assertTrue(!t.text().contains("Po#Passw0rd1"), "secrets are masked");
    }

    @Test
    void changepwTakesTheOldPasswordThenTheNewOneTwice() {
        LunacmTerminal t = new LunacmTerminal(Answers.password("Co#Old0001").andPassword("Co#New0001"));
        assertEquals("Co#Old0001", t.readSecret("  enter existing password: "));
        assertEquals("Co#New0001", t.readSecret("  enter new password: "));
        assertEquals("Co#New0001", t.readSecret("  re-enter new password: "));
    }

    @Test
    void anUnansweredQuestionIsRememberedAndEndsTheInput() {
        LunacmTerminal t = new LunacmTerminal(Answers.password("Po#Passw0rd1"));
        assertNull(t.readLine("  Type 'proceed' to continue, or 'quit' to quit now ->"));
        assertEquals("Type 'proceed' to continue, or 'quit' to quit now ->", t.unanswered().orElseThrow());
        assertNull(new LunacmTerminal(Answers.none()).readSecret("  enter password: "));
    }
}
