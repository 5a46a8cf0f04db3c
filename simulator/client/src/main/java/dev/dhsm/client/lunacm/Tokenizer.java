package dev.dhsm.client.lunacm;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a LunaCM command line into words: blanks separate, double or single quotes keep spaces in a value (a
 * label such as {@code "My Partition"}). Control characters and over-long lines are usage errors.
 */
final class Tokenizer {

    static final int MAX_LINE = 4096;

    private Tokenizer() {
    }

    static List<String> split(String line) {
        if (line.length() > MAX_LINE) {
            throw new UsageException("Command line too long (maximum " + MAX_LINE + " characters).");
        }
        List<String> words = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7f) {
                throw new UsageException("Invalid character in command line (code " + (int) c + ").");
            }
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    current.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inWord = true;
            } else if (c == ' ' || c == '\t') {
                if (inWord) {
                    words.add(current.toString());
                    current.setLength(0);
                    inWord = false;
                }
            } else {
                current.append(c);
                inWord = true;
            }
        }
        if (quote != 0) {
            throw new UsageException("Unbalanced quote in command line.");
        }
        if (inWord) {
            words.add(current.toString());
        }
        return words;
    }
}
