package dev.dhsm.conformance.target;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What lunash answered to one command line, parsed the way reference §11.1 says works on real and emulated
 * appliances alike: the {@code Command Result : <n> (<text>)} line, the {@code Error:} lines and the
 * {@code (<HEX> : <NAME>)} codes inside them. The text is the output between the command and the next prompt,
 * with line endings normalised to {@code \n} and terminal escapes removed.
 */
public record LunashResponse(String command, String text, OptionalInt resultCode, String resultText,
        List<String> errors, List<LunaCode> codes) {
    public static final int SUCCESS = 0;
    public static final int SHELL_FAILURE = 65535;

    private static final Pattern RESULT = Pattern.compile("Command Result : (\\d+) \\((.*?)\\)");
    private static final Pattern ERROR = Pattern.compile("(?m)^Error:\\s+(.*)$");
    private static final Pattern CODE = Pattern.compile("\\(([0-9A-F]+) : ([A-Z0-9_]+)\\)");

    public LunashResponse {
        errors = List.copyOf(errors);
        codes = List.copyOf(codes);
    }

    /** Parses the output of {@code command}. */
    public static LunashResponse parse(String command, String text) {
        OptionalInt code = OptionalInt.empty();
        String resultText = null;
        Matcher r = RESULT.matcher(text);
        while (r.find()) {
            code = OptionalInt.of(Integer.parseInt(r.group(1)));
            resultText = r.group(2);
        }
        List<String> errors = new ArrayList<>();
        Matcher e = ERROR.matcher(text);
        while (e.find()) {
            errors.add(e.group(1).trim());
        }
        List<LunaCode> codes = new ArrayList<>();
        for (String line : errors) {
            Matcher c = CODE.matcher(line);
            while (c.find()) {
                codes.add(new LunaCode(c.group(1), c.group(2)));
            }
        }
        return new LunashResponse(command, text, code, resultText, errors, codes);
    }

    /** {@code Command Result : 0 (Success)}. */
    public boolean succeeded() {
        return resultCode.isPresent() && resultCode.getAsInt() == SUCCESS;
    }

    /** {@code Command Result : 65535 (Luna Shell execution)}. */
    public boolean failedInShell() {
        return resultCode.isPresent() && resultCode.getAsInt() == SHELL_FAILURE;
    }

    /** The first failure code, e.g. {@code A00000 : LUNA_RET_UM_PIN_INCORRECT}. */
    public Optional<LunaCode> code() {
        return codes.isEmpty() ? Optional.empty() : Optional.of(codes.get(0));
    }

    /** The text's lines. */
    public List<String> lines() {
        return List.of(text.split("\n", -1));
    }

    /** A short description for assertion messages: the command and its full output. */
    public String describe() {
        return "'" + command + "' answered:\n" + text.indent(4);
    }
}
