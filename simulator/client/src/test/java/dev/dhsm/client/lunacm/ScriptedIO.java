package dev.dhsm.client.lunacm;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** A terminal for transcript tests: answers prompts from a script, records what is shown, masks secrets. */
final class ScriptedIO implements ShellIO {

    private final Deque<String> input = new ArrayDeque<>();
    private final StringBuilder shown = new StringBuilder();

    void feed(String... lines) {
        input.addAll(List.of(lines));
    }

    @Override
    public void print(String text) {
        shown.append(text);
    }

    @Override
    public String readLine(String prompt) {
        shown.append(prompt);
        String line = input.poll();
        if (line != null) {
            shown.append(line).append('\n');
        }
        return line;
    }

    @Override
    public String readSecret(String prompt) {
        shown.append(prompt);
        String line = input.poll();
        if (line != null) {
            shown.append("*".repeat(line.length())).append('\n');
        }
        return line;
    }

    @Override
    public void flush() {
    }

    /** Everything shown since the last call. */
    String take() {
        String t = shown.toString();
        shown.setLength(0);
        return t;
    }

    boolean allAnswersUsed() {
        return input.isEmpty();
    }
}
