package dev.dhsm.appliance.ssh;

import dev.dhsm.appliance.lunash.Lunash;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/** Tab completion at the lunash prompt: the command words and options that can follow what was typed. */
final class LunashCompleter implements Completer {
    private final Lunash lunash;

    LunashCompleter(Lunash lunash) {
        this.lunash = lunash;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        List<String> words = line.words();
        List<String> typed = words.subList(0, Math.min(line.wordIndex(), words.size()));
        String word = line.word() == null ? "" : line.word();
        String partial = word.substring(0, Math.min(Math.max(line.wordCursor(), 0), word.length()));
        for (String value : lunash.complete(typed, partial)) {
            candidates.add(new Candidate(value, value, null, null, null, null, true));
        }
    }
}
