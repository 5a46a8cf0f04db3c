package dev.dhsm.conformance.target;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What LunaCM answered to one command line: the text up to the next prompt and its closing line,
 * {@code Command Result : No Error} or {@code Command Result : 0x000000A0 (CKR_PIN_INCORRECT)}, with the code and
 * its name taken apart, and the {@code Error:} lines the client layer prints before a failure.
 */
public record LunacmResponse(String command, String text, OptionalLong code, String codeName, List<String> errors) {
    private static final Pattern RESULT = Pattern.compile(
            "Command Result : (?:(No Error)|0x([0-9A-Fa-f]+) \\(([A-Za-z0-9_]+)\\))");
    private static final Pattern ERROR = Pattern.compile("(?m)^\\s*Error:\\s+(.*)$");

    public LunacmResponse {
        errors = List.copyOf(errors);
    }

    /** Parses the output of {@code command}; the last result line counts. */
    public static LunacmResponse parse(String command, String text) {
        OptionalLong code = OptionalLong.empty();
        String name = null;
        Matcher r = RESULT.matcher(text);
        while (r.find()) {
            if (r.group(1) != null) {
                code = OptionalLong.of(0);
                name = "No Error";
            } else {
                code = OptionalLong.of(Long.parseLong(r.group(2), 16));
                name = r.group(3);
            }
        }
        List<String> errors = new ArrayList<>();
        Matcher e = ERROR.matcher(text);
        while (e.find()) {
            errors.add(e.group(1).trim());
        }
        return new LunacmResponse(command, text, code, name, errors);
    }

    /** {@code Command Result : No Error}. */
    public boolean succeeded() {
        return code.isPresent() && code.getAsLong() == 0;
    }

    /**
     * Whether the command failed with {@code expected}: a name ({@code CKR_PIN_LOCKED}), a code ({@code 0x000000A4})
     * or both as LunaCM prints them ({@code 0x000000A4 (CKR_PIN_LOCKED)}).
     */
    public boolean failedWith(String expected) {
        if (code.isEmpty() || code.getAsLong() == 0) {
            return false;
        }
        Matcher m = Pattern.compile("(?:0x([0-9A-Fa-f]+))?\\s*\\(?([A-Za-z0-9_]*)\\)?").matcher(expected.trim());
        if (!m.matches()) {
            return false;
        }
        boolean hexOk = m.group(1) == null || Long.parseLong(m.group(1), 16) == code.getAsLong();
        boolean nameOk = m.group(2).isEmpty() || m.group(2).toUpperCase(Locale.ROOT).equals(codeName);
        return hexOk && nameOk && (m.group(1) != null || !m.group(2).isEmpty());
    }

    /** A short description for assertion messages: the command and its full output. */
    public String describe() {
        return "LunaCM '" + command + "' answered:\n" + text.indent(4);
    }
}
