package dev.dhsm.conformance.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dhsm.conformance.target.Account;
import dev.dhsm.conformance.target.Answers;
import dev.dhsm.conformance.target.LunaCode;
import dev.dhsm.conformance.target.LunashResponse;
import dev.dhsm.conformance.target.TargetException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lunash dialogue on scripted terminal output: prompts, echo, questions, the forced password change. */
class LunashConversationTest {
    private static final String PROMPT = "\r\n[local_host] lunash:>";
    private final Transcript transcript = new Transcript();
    private final ScriptedTerminal terminal = new ScriptedTerminal(transcript);
    private final LunashConversation conversation =
            new LunashConversation(transcript, terminal, "\r", Duration.ofSeconds(5));

    @Test
    void aCommandEndsAtThePromptWithoutEchoOrPrompt() {
        terminal.print("\r\nLuna Network HSM Command Line Shell v7.2.0-220." + PROMPT);
        LunashConversation.Login login = conversation.awaitShell(Account.of("tenantadmin", "pw"), 0);
        assertFalse(login.passwordChangeForced());
        assertTrue(login.text().contains("v7.2.0-220"));
        terminal.then("hsm show\r\n", "\r\n   Software Version:   7.2.0-220\r\n\r\n\r\nCommand Result : 0 (Success)",
                "\u001B[?2004h" + PROMPT);
        LunashResponse r = conversation.run("hsm show", Answers.none());
        assertEquals(List.of("hsm show\r"), terminal.typed);
        assertTrue(r.succeeded());
        assertFalse(r.text().contains("hsm show"), r.text());
        assertFalse(r.text().contains("lunash:>"), r.text());
        assertTrue(r.text().contains("   Software Version:   7.2.0-220\n"), r.text());
    }

    @Test
    void aPagerIsPagedThroughWithASpaceAndLeftOutOfTheResponse() {
        terminal.print(PROMPT);
        conversation.awaitShell(Account.of("a", "b"), 0);
        terminal.then("syslog tail\r\n", "\r\nline 1\r\nline 2\r\n--More--")
                .then("\r        \rline 3\r\n-- More -- (q to quit)")
                .then("\r\nline 4\r\n\r\nCommand Result : 0 (Success)" + PROMPT);
        LunashResponse r = conversation.run("syslog tail", Answers.none());
        assertEquals(List.of("syslog tail\r", " ", " "), terminal.typed);
        assertTrue(r.succeeded(), r.text());
        assertTrue(r.text().contains("line 1") && r.text().contains("line 3") && r.text().contains("line 4"), r.text());
        assertFalse(r.text().toLowerCase().contains("more"), r.text());
    }

    @Test
    void aPasswordQuestionIsAnsweredEvenWhenItsArrowArrivesLater() {
        terminal.print(PROMPT);
        conversation.awaitShell(Account.of("a", "b"), 0);
        terminal.then("hsm login\r\n\r\nCaution:  This is your LAST available HSM Admin login attempt\r\n",
                        "  Please enter the HSM Administrators' password:")
                .then("\r\n  > ", "*******\r\n\r\n\r\n",
                        "Error:  'hsm login' failed. (30000F : LUNA_RET_SO_LOGIN_FAILURE_THRESHOLD)\r\n\r\n\r\n"
                                + "Command Result : 65535 (Luna Shell execution)" + PROMPT);
        LunashResponse r = conversation.run("hsm login", Answers.password("Wrong-1"));
        assertEquals(List.of("hsm login\r", "Wrong-1\r"), terminal.typed);
        assertTrue(r.failedInShell());
        assertEquals(List.of(new LunaCode("30000F", "LUNA_RET_SO_LOGIN_FAILURE_THRESHOLD")), r.codes());
        assertTrue(r.text().indexOf("Caution:") < r.text().indexOf("password:"));
    }

    @Test
    void initQuestionsGetPasswordDomainAndProceed() {
        terminal.print(PROMPT);
        conversation.awaitShell(Account.of("a", "b"), 0);
        terminal.then("hsm init -label L\r\n  Please enter a password for the HSM Administrator:\r\n  > ")
                .then("********\r\n  Please re-enter password to confirm:\r\n  > ")
                .then("********\r\n  Please enter a cloning domain to use for initializing this HSM:\r\n  > ")
                .then("******\r\n  Please re-enter cloning domain to confirm:\r\n  > ")
                .then("******\r\n\r\nCAUTION:  Are you sure you wish to initialize this HSM?\r\n"
                        + "          Type 'proceed' to initialize the HSM, or 'quit'\r\n          to quit now.\r\n          > ")
                .then("proceed\r\n'hsm init' successful.\r\n\r\n\r\nCommand Result : 0 (Success)" + PROMPT);
        LunashResponse r = conversation.run("hsm init -label L",
                Answers.password("SoPass-1").andDomain("dom").andProceed());
        assertTrue(r.succeeded(), r::describe);
        assertEquals(List.of("hsm init -label L\r", "SoPass-1\r", "SoPass-1\r", "dom\r", "dom\r", "proceed\r"),
                terminal.typed);
    }

    @Test
    void anUnansweredQuestionFailsAtOnceWithTheOutput() {
        terminal.print(PROMPT);
        conversation.awaitShell(Account.of("a", "b"), 0);
        terminal.then("partition create -partition p\r\n          Type 'proceed' to create the partition, or\r\n"
                + "          'quit' to quit now.\r\n          > ");
        TargetException e = assertThrows(TargetException.class,
                () -> conversation.run("partition create -partition p", Answers.none()));
        assertTrue(e.getMessage().contains("asked for proceed") && e.getMessage().contains("Type 'proceed'"),
                e.getMessage());
    }

    @Test
    void aTimeoutReportsTheOutputSoFar() {
        LunashConversation quick = new LunashConversation(transcript, terminal, "\r", Duration.ofMillis(200));
        terminal.print(PROMPT);
        quick.awaitShell(Account.of("a", "b"), 0);
        terminal.then("hsm show\r\n   Software Version:   7.2.0-220\r\n");
        TargetException e = assertThrows(TargetException.class, () -> quick.run("hsm show", Answers.none()));
        assertTrue(e.getMessage().startsWith("Timed out after 200 ms"), e.getMessage());
        assertTrue(e.getMessage().contains("Software Version"), e.getMessage());
    }

    @Test
    void aHangUpEndsTheWaitAtOnce() {
        terminal.print(PROMPT);
        conversation.awaitShell(Account.of("a", "b"), 0);
        terminal.then("exit\r\n");
        transcript.end("channel closed");
        TargetException e = assertThrows(TargetException.class, () -> conversation.run("exit", Answers.none()));
        assertTrue(e.getMessage().contains("channel closed"), e.getMessage());
    }

    @Test
    void theForcedFirstLoginChangeIsAnsweredWithTheReplacement() {
        terminal.print("Luna Network HSM Command Line Shell v7.2.0-220.\r\n"
                + "Changing password for user tenantadmin.\r\nNew password: ");
        terminal.then("Retype new password: ")
                .then("passwd: all authentication tokens updated successfully.\r\nPassword change successful.\r\n"
                        + PROMPT);
        Account who = new Account("tenantadmin", "PASSWORD", "New-pass-1!");
        LunashConversation.Login login = conversation.awaitShell(who, 0);
        assertTrue(login.passwordChangeForced());
        assertEquals("New-pass-1!", login.account().password());
        assertEquals(List.of("New-pass-1!\r", "New-pass-1!\r"), terminal.typed);
        assertTrue(login.text().contains("Password change successful."));
    }

    @Test
    void aRefusedReplacementFailsClearly() {
        terminal.print("New password: ");
        terminal.then("Retype new password: ").then("BAD PASSWORD: it is too short\r\nNew password: ");
        TargetException e = assertThrows(TargetException.class,
                () -> conversation.awaitShell(new Account("tenantadmin", "PASSWORD", "short"), 0));
        assertTrue(e.getMessage().contains("refused the new password") && e.getMessage().contains("BAD PASSWORD"),
                e.getMessage());
    }

    @Test
    void aForcedChangeWithoutReplacementFailsClearly() {
        terminal.print("New password: ");
        TargetException e = assertThrows(TargetException.class,
                () -> conversation.awaitShell(Account.of("tenantadmin", "PASSWORD"), 0));
        assertTrue(e.getMessage().contains("no new password was supplied"), e.getMessage());
    }
}
