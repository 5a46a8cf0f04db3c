package dev.dhsm.conformance.driver;

import java.util.regex.Pattern;

/**
 * Turns what a terminal session received into plain text: removes ANSI/VT escape sequences (CSI, OSC and
 * two-character escapes, including one cut off at the end), other control characters, and normalises line
 * endings ({@code \r\n} and stray {@code \r}) to {@code \n}.
 */
final class TerminalText {
    private static final Pattern CSI = Pattern.compile("\u001B\\[[0-?]*[ -/]*[@-~]");
    private static final Pattern OSC = Pattern.compile("\u001B\\][^\u0007\u001B]*(?:\u0007|\u001B\\\\)");
    private static final Pattern CHARSET = Pattern.compile("\u001B[()#%*+][^\u001B]");
    private static final Pattern TWO_CHAR = Pattern.compile("\u001B[^\\[\\]()#%*+\u001B]");
    private static final Pattern CUT_OFF = Pattern.compile("\u001B(?:\\[[0-?]*[ -/]*|\\][^\u0007\u001B]*|[()#%*+])?$");
    private static final Pattern CONTROL = Pattern.compile("[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]");

    private TerminalText() {
    }

    static String clean(CharSequence raw) {
        String s = raw.toString();
        if (s.indexOf('\u001B') >= 0) {
            s = OSC.matcher(s).replaceAll("");
            s = CSI.matcher(s).replaceAll("");
            s = CHARSET.matcher(s).replaceAll("");
            s = TWO_CHAR.matcher(s).replaceAll("");
            s = CUT_OFF.matcher(s).replaceAll("");
        }
        s = s.replace("\r\n", "\n").replace("\r", "");
        return CONTROL.matcher(s).replaceAll("");
    }
}
