package dev.dhsm.conformance.driver;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * A terminal that answers what is typed from a script, in the caller's thread: each typed line is recorded and
 * the next scripted reply (which may be split into several chunks, as a network delivers it) is fed to the
 * transcript. No sockets, no threads.
 */
final class ScriptedTerminal implements Consumer<String> {
    private final Transcript transcript;
    private final Deque<String[]> replies = new ArrayDeque<>();
    final List<String> typed = new ArrayList<>();

    ScriptedTerminal(Transcript transcript) {
        this.transcript = transcript;
    }

    /** What the appliance prints when it receives the next line, in chunks. */
    ScriptedTerminal then(String... chunks) {
        replies.add(chunks);
        return this;
    }

    /** Prints text now (as the banner is printed before anything is typed). */
    void print(String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        transcript.feed(b, 0, b.length);
    }

    @Override
    public void accept(String line) {
        typed.add(line);
        String[] chunks = replies.poll();
        if (chunks != null) {
            for (String c : chunks) {
                print(c);
            }
        }
    }
}
