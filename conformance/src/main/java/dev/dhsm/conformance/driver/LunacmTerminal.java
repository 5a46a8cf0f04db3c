package dev.dhsm.conformance.driver;

import dev.dhsm.client.lunacm.ShellIO;
import dev.dhsm.conformance.target.Answers;
import java.util.Optional;

/**
 * The terminal an in-process LunaCM writes to while one command runs: it keeps what LunaCM printed, and answers
 * each question (a password, a cloning domain, {@code proceed}) from the step's {@link Answers}, classified by its
 * prompt as lunash's are ({@link Question}). Secrets show as asterisks, as LunaCM masks them. A question the step
 * did not answer is remembered and answered with end of input, which LunaCM turns into {@code CKR_CANCEL} at once;
 * the driver then fails the step with the output so far.
 */
final class LunacmTerminal implements ShellIO {
    private final StringBuffer shown = new StringBuffer();
    private final Answers.Script answers;
    private volatile String unanswered;

    LunacmTerminal(Answers answers) {
        this.answers = answers.script();
    }

    @Override
    public void print(String text) {
        shown.append(text);
    }

    @Override
    public String readLine(String prompt) {
        return answer(prompt, false);
    }

    @Override
    public String readSecret(String prompt) {
        return answer(prompt, true);
    }

    @Override
    public void flush() {
        // Nothing is buffered: the text is read by the driver.
    }

    String text() {
        return shown.toString();
    }

    /** The prompt of the first question the step left unanswered, if any. */
    Optional<String> unanswered() {
        return Optional.ofNullable(unanswered);
    }

    private String answer(String prompt, boolean secret) {
        shown.append(prompt);
        String answer = Question.at(prompt).map(this::answerTo).orElse(null);
        if (answer == null) {
            unanswered = unanswered == null ? prompt.strip() : unanswered;
            shown.append('\n');
            return null;
        }
        shown.append(secret ? "*".repeat(answer.length()) : answer).append('\n');
        return answer;
    }

    private String answerTo(Question question) {
        return switch (question) {
            case PASSWORD -> answers.nextPassword();
            case DOMAIN -> answers.nextDomain();
            case PROCEED -> answers.proceed() ? "proceed" : null;
            case PROMPT -> null;
        };
    }
}
