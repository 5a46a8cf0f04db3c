package dev.dhsm.client;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the {@code Chrystoki.conf} syntax the Luna client accepts: {@code Section Name = {} opening a section,
 * {@code Key = Value;} entries (several may share a line), {@code }} closing it; blank lines and lines starting with
 * {@code #} are ignored. A value runs to the next {@code ;}.
 */
final class ChrystokiConfParser {

    private final String text;

    ChrystokiConfParser(String text) {
        this.text = text;
    }

    ChrystokiConf parse() {
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        Map<String, String> current = null;
        int lineNumber = 0;
        for (String raw : text.split("\r?\n", -1)) {
            lineNumber++;
            String line = raw.trim();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (current == null) {
                current = openSection(sections, line, lineNumber);
                continue;
            }
            if (line.equals("}")) {
                current = null;
                continue;
            }
            boolean closes = line.endsWith("}");
            entries(current, closes ? line.substring(0, line.length() - 1) : line, lineNumber);
            if (closes) {
                current = null;
            }
        }
        if (current != null) {
            throw new IllegalArgumentException("a section is not closed with '}'");
        }
        return ChrystokiConf.of(sections);
    }

    private static Map<String, String> openSection(Map<String, Map<String, String>> sections, String line, int n) {
        int eq = line.indexOf('=');
        if (eq < 1 || !line.substring(eq + 1).trim().equals("{")) {
            throw new IllegalArgumentException("line " + n + ": expected 'Section Name = {'");
        }
        return sections.computeIfAbsent(line.substring(0, eq).trim(), s -> new LinkedHashMap<>());
    }

    private static void entries(Map<String, String> section, String line, int n) {
        for (String entry : line.split(";")) {
            String e = entry.trim();
            if (e.isEmpty()) {
                continue;
            }
            int eq = e.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("line " + n + ": expected 'Key = Value;'");
            }
            section.put(e.substring(0, eq).trim(), e.substring(eq + 1).trim());
        }
    }
}
