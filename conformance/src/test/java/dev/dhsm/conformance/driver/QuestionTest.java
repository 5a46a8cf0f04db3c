package dev.dhsm.conformance.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What lunash is waiting for, from the tail of its output (reference §11.1). */
class QuestionTest {
    @Test
    void thePrompt() {
        assertEquals(Optional.of(Question.PROMPT), Question.at("Command Result : 0 (Success)\n\n[local_host] lunash:>"));
        assertEquals(Optional.of(Question.PROMPT), Question.at("\n[hsm-2-1] lunash:> "));
        assertEquals(Optional.empty(), Question.at("[local_host] lunash:>hsm show\n   Software"));
    }

    @Test
    void passwordQuestions() {
        assertEquals(Optional.of(Question.PASSWORD), Question.at("  Please enter the HSM Administrators' password:\n  > "));
        assertEquals(Optional.of(Question.PASSWORD), Question.at("  Please enter the HSM Administrators' password:"));
        assertEquals(Optional.of(Question.PASSWORD), Question.at("New password: "));
        assertEquals(Optional.of(Question.PASSWORD), Question.at("  Please re-enter password to confirm:\n  > "));
    }

    @Test
    void domainAndProceedQuestions() {
        assertEquals(Optional.of(Question.DOMAIN),
                Question.at("  Please enter a cloning domain to use for initializing this HSM:\n  > "));
        assertEquals(Optional.of(Question.PROCEED), Question.at(
                "CAUTION:  Are you sure?\n          Type 'proceed' to initialize the HSM, or 'quit'\n          to quit now.\n          > "));
        assertEquals(Optional.of(Question.PROCEED), Question.at("Type 'proceed' to continue, or 'quit' to quit now ->"));
    }

    @Test
    void aBareArrowAfterAnAnswerIsNoQuestion() {
        assertEquals(Optional.empty(), Question.at("\n  > "));
        assertEquals(Optional.empty(), Question.at("\n  > ****"));
    }
}
