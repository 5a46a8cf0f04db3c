package dev.dhsm.conformance.driver;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What lunash is waiting for at the end of the text received so far, by reference §11.1: its prompt
 * ({@code [host] lunash:>}), a password, a cloning domain, or a {@code Type 'proceed'} confirmation. A bare
 * {@code >} with no question above it (the echo of an answer already typed) is not a question.
 */
enum Question {
    PROMPT,
    PASSWORD,
    DOMAIN,
    PROCEED;

    static final Pattern LUNASH_PROMPT = Pattern.compile("\\[[^\\]]*\\] lunash:>\\s*$");
    private static final Pattern PASSWORD_COLON = Pattern.compile("(?i)password[^\\n]*:\\s*$");
    private static final Pattern DOMAIN_COLON = Pattern.compile("(?i)domain[^\\n]*:\\s*$");
    private static final Pattern ARROW = Pattern.compile(">\\s*$");

    /** Classifies the text received since the command was sent (or since the last answer). */
    static Optional<Question> at(String text) {
        if (LUNASH_PROMPT.matcher(text).find()) {
            return Optional.of(PROMPT);
        }
        if (PASSWORD_COLON.matcher(text).find()) {
            return Optional.of(PASSWORD);
        }
        if (DOMAIN_COLON.matcher(text).find()) {
            return Optional.of(DOMAIN);
        }
        if (ARROW.matcher(text).find()) {
            return askedAbove(text);
        }
        return Optional.empty();
    }

    private static Optional<Question> askedAbove(String text) {
        String[] lines = text.split("\n");
        for (int i = lines.length - 1; i >= 0; i--) {
            String line = lines[i].toLowerCase(Locale.ROOT);
            if (line.contains("type 'proceed'")) {
                return Optional.of(PROCEED);
            }
            if (line.contains("domain")) {
                return Optional.of(DOMAIN);
            }
            if (line.contains("password")) {
                return Optional.of(PASSWORD);
            }
        }
        return Optional.empty();
    }
}
