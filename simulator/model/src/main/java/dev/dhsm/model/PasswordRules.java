package dev.dhsm.model;

import java.util.Optional;

/**
 * The appliance's rules for shell account passwords: at least 8 characters, drawn from at least 3 of the
 * 4 classes (lower case, upper case, digits, others; spaces allowed), and not the factory {@code PASSWORD}.
 */
public final class PasswordRules {
    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 255;

    private PasswordRules() {
    }

    /** Why the password is refused, or empty when it is acceptable. */
    public static Optional<String> problem(String candidate) {
        if (candidate == null || candidate.length() < MIN_LENGTH) {
            return Optional.of("BAD PASSWORD: it is too short (at least " + MIN_LENGTH + " characters)");
        }
        if (candidate.length() > MAX_LENGTH) {
            return Optional.of("BAD PASSWORD: it is too long (at most " + MAX_LENGTH + " characters)");
        }
        if (classes(candidate) < 3) {
            return Optional.of("BAD PASSWORD: it does not contain enough character classes (at least 3 of 4)");
        }
        if (candidate.equals(Account.FACTORY_PASSWORD)) {
            return Optional.of("BAD PASSWORD: it is the factory default password");
        }
        return Optional.empty();
    }

    static int classes(String s) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
