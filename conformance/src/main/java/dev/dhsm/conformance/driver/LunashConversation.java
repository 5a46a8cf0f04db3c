package dev.dhsm.conformance.driver;

import dev.dhsm.conformance.target.Account;
import dev.dhsm.conformance.target.Answers;
import dev.dhsm.conformance.target.LunashResponse;
import dev.dhsm.conformance.target.TargetException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lunash dialogue over any terminal transport: waiting for the prompt after login, the forced
 * first-login password change ({@code New password:} / {@code Retype new password:}), and one command at a
 * time with its questions answered and any pager ({@code --More--}) paged through with a space, up to the next
 * prompt; the pager's lines are left out of the response. The transport supplies the received text and a
 * keyboard.
 */
final class LunashConversation {
    private static final int MAX_ANSWERS = 16;
    private static final int MAX_PAGES = 1000;
    /** A pager holding long output back ({@code --More--}, {@code Press any key to continue}). */
    static final Pattern PAGER = Pattern.compile("(?i)(--\\s*more\\s*--|press any key to continue)[^\\n]*$");
    /** The pager's marker as it stays in the text (a terminal erases it with a carriage return, which is dropped). */
    private static final Pattern PAGER_MARK = Pattern.compile(
            "(?i)(--\\s*more\\s*--(\\s*\\([^)\\n]*\\))?|press any key to continue[.]*)[ \\t]*");
    /** What the driver waits for besides a {@link Question}: the pager. */
    private static final Object PAGE = new Object();
    private static final Pattern NEW_PASSWORD = Pattern.compile("(?i)(?<!retype )new password:\\s*$");
    private static final Pattern RETYPE = Pattern.compile("(?i)retype new password:\\s*$");

    private final Transcript transcript;
    private final Consumer<String> keyboard;
    private final String enter;
    private final Duration timeout;

    LunashConversation(Transcript transcript, Consumer<String> keyboard, String enter, Duration timeout) {
        this.transcript = transcript;
        this.keyboard = keyboard;
        this.enter = enter;
        this.timeout = timeout;
    }

    /** What the login came to: the text up to the first prompt and whether a password change was forced. */
    record Login(Account account, String text, boolean passwordChangeForced) {
    }

    /**
     * Waits for the first prompt after authentication, going through the forced password change when the
     * appliance demands one. {@code from} is the transcript position where the login began.
     */
    Login awaitShell(Account who, int from) {
        boolean changeAsked = transcript.await("waiting for the lunash prompt after logging in as " + who.name(),
                timeout, text -> {
                    if (Question.LUNASH_PROMPT.matcher(text).find()) {
                        return Optional.of(false);
                    }
                    return NEW_PASSWORD.matcher(text).find() ? Optional.of(true) : Optional.empty();
                });
        Account now = who;
        if (changeAsked) {
            now = changePassword(who);
        }
        transcript.markEnd();
        return new Login(now, stripPrompt(transcript.since(from)), changeAsked);
    }

    private Account changePassword(Account who) {
        String replacement = who.replacementPassword();
        if (replacement == null) {
            throw new TargetException("The appliance forces a password change for " + who.name()
                    + " but no new password was supplied. Output so far:\n" + transcript.sinceMark().indent(4));
        }
        type(replacement);
        transcript.await("waiting for 'Retype new password:'", timeout,
                text -> RETYPE.matcher(text).find() ? Optional.of(true) : Optional.empty());
        type(replacement);
        boolean askedAgain = transcript.await("waiting for the prompt after the password change", timeout, text -> {
            if (Question.LUNASH_PROMPT.matcher(text).find()) {
                return Optional.of(false);
            }
            return NEW_PASSWORD.matcher(text).find() ? Optional.of(true) : Optional.empty();
        });
        if (askedAgain) {
            throw new TargetException("The appliance refused the new password for " + who.name()
                    + ". Output so far:\n" + transcript.sinceMark().indent(4));
        }
        return who.withPassword(replacement);
    }

    /** Runs one command line up to the next prompt, answering questions from {@code answers}. */
    LunashResponse run(String commandLine, Answers answers) {
        transcript.markEnd();
        int start = transcript.position();
        Answers.Script script = answers.script();
        keyboard.accept(commandLine + enter);
        int pages = 0;
        for (int answered = 0; answered <= MAX_ANSWERS; answered++) {
            Object next = transcript.await("waiting for '" + commandLine + "' to finish", timeout,
                    text -> PAGER.matcher(text).find() ? Optional.of(PAGE) : Question.at(text).map(q -> (Object) q));
            if (next == PAGE) {
                if (++pages > MAX_PAGES) {
                    break;
                }
                answered--;
                transcript.markEnd();
                keyboard.accept(" ");
                continue;
            }
            Question q = (Question) next;
            if (q == Question.PROMPT) {
                String text = PAGER_MARK.matcher(transcript.since(start)).replaceAll("");
                transcript.markEnd();
                return LunashResponse.parse(commandLine, stripEcho(commandLine, stripPrompt(text)));
            }
            type(answerTo(q, script, commandLine));
        }
        throw new TargetException("'" + commandLine + "' kept asking questions. Output so far:\n"
                + transcript.since(start).indent(4));
    }

    private String answerTo(Question q, Answers.Script script, String commandLine) {
        String answer = switch (q) {
            case PASSWORD -> script.nextPassword();
            case DOMAIN -> script.nextDomain();
            case PROCEED -> script.proceed() ? "proceed" : null;
            case PROMPT -> throw new IllegalStateException("the prompt is not a question");
        };
        if (answer == null) {
            throw new TargetException("'" + commandLine + "' asked for " + q.name().toLowerCase(java.util.Locale.ROOT)
                    + " and the step supplied no answer. Output so far:\n" + transcript.sinceMark().indent(4));
        }
        return answer;
    }

    /** Types a line and moves the mark past everything received so far, so the next wait sees only new text. */
    private void type(String line) {
        transcript.markEnd();
        keyboard.accept(line + enter);
    }

    static String stripPrompt(String text) {
        Matcher m = Question.LUNASH_PROMPT.matcher(text);
        return m.find() ? text.substring(0, m.start()) : text;
    }

    /** Drops the terminal's echo of the command line (with or without a redrawn prompt before it). */
    static String stripEcho(String commandLine, String text) {
        int nl = text.indexOf('\n');
        String first = nl < 0 ? text : text.substring(0, nl);
        if (!commandLine.isBlank() && first.trim().endsWith(commandLine.trim())) {
            return nl < 0 ? "" : text.substring(nl + 1);
        }
        return text;
    }
}
