package dev.dhsm.appliance.lunash;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** A terminal for transcript tests: answers prompts from a script and records everything shown. */
final class ScriptedIO implements ShellIO {
    private final Deque<String> input;
    private final StringBuilder shown = new StringBuilder();

    ScriptedIO(String... lines) {
        this.input = new ArrayDeque<>(List.of(lines));
    }

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
    public boolean interactive() {
        return true;
    }

    @Override
    public void flush() {
    }

    String text() {
        return shown.toString();
    }

    /** Everything shown since the last call, then forgets it. */
    String take() {
        String t = shown.toString();
        shown.setLength(0);
        return t;
    }
}
