package dev.dhsm.client.exchange;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one lunash command run over SSH printed, read the way the reference's parsing rules say (§11.1): the
 * {@code Command Result : <n> (<text>)} line ends it, {@code 0} is success, and a failure names its code in
 * {@code (<HEX> : <NAME>)}.
 *
 * @param command the command line
 * @param output  everything it printed
 */
public record LunashReply(String command, String output) {

    private static final Pattern RESULT = Pattern.compile("Command Result : (\\d+) \\((.*?)\\)");
    private static final Pattern CODE = Pattern.compile("\\(([0-9A-F]+) : ([A-Z0-9_]+)\\)");

    /** Whether the command ended with {@code Command Result : 0}. */
    public boolean ok() {
        Matcher m = RESULT.matcher(output);
        return m.find() && m.group(1).equals("0");
    }

    /** The failure's code name, e.g. {@code RC_OBJECT_ALREADY_EXISTS}. */
    public Optional<String> errorName() {
        Matcher m = CODE.matcher(output);
        return m.find() ? Optional.of(m.group(2)) : Optional.empty();
    }

    /** Whether the output contains {@code text}, ignoring case. */
    public boolean mentions(String text) {
        return output.toLowerCase(java.util.Locale.ROOT).contains(text.toLowerCase(java.util.Locale.ROOT));
    }

    /** The {@code Error:} lines, joined, for a failure message. */
    public String errors() {
        StringBuilder out = new StringBuilder();
        for (String line : output.split("\r?\n")) {
            if (line.startsWith("Error:")) {
                out.append(out.length() == 0 ? "" : " ").append(line.substring("Error:".length()).trim());
            }
        }
        return out.length() == 0 ? output.strip() : out.toString();
    }
}
