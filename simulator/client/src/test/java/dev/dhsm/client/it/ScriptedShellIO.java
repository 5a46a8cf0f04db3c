package dev.dhsm.client.it;

import dev.dhsm.appliance.lunash.ShellIO;

/** A non-interactive lunash terminal for setting up an in-process appliance: records output, answers nothing. */
final class ScriptedShellIO implements ShellIO {

    private final StringBuilder shown = new StringBuilder();

    @Override
    public void print(String text) {
        shown.append(text);
    }

    @Override
    public String readLine(String prompt) {
        return null;
    }

    @Override
    public String readSecret(String prompt) {
        return null;
    }

    @Override
    public boolean interactive() {
        return false;
    }

    @Override
    public void flush() {
    }

    String take() {
        String t = shown.toString();
        shown.setLength(0);
        return t;
    }
}
