package dev.dhsm.conformance.target.appliance;

import dev.dhsm.conformance.target.Account;
import dev.dhsm.conformance.target.Answers;
import dev.dhsm.conformance.target.LunashResponse;
import dev.dhsm.conformance.target.LunashSession;
import dev.dhsm.conformance.target.TargetException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A lunash shell on a real appliance that lets commands name only the partitions the target file lists: a command
 * carrying {@code -partition} (or an abbreviation such as {@code -par}) with any other name is refused before it is
 * sent, so a scenario cannot touch a partition the team did not hand over.
 */
final class PartitionFence implements LunashSession {
    private final LunashSession shell;
    private final List<String> allowed;

    PartitionFence(LunashSession shell, List<String> allowed) {
        this.shell = shell;
        this.allowed = List.copyOf(allowed);
    }

    /** The partition a command line names, if it names one. */
    static Optional<String> partitionNamed(String commandLine) {
        String[] words = commandLine.trim().split("\\s+");
        for (int i = 0; i + 1 < words.length; i++) {
            String w = words[i].toLowerCase(Locale.ROOT);
            if (w.length() >= 4 && w.startsWith("-") && "-partition".startsWith(w)) {
                return Optional.of(words[i + 1].replace("\"", ""));
            }
        }
        return Optional.empty();
    }

    @Override
    public LunashResponse run(String commandLine, Answers answers) {
        Optional<String> named = partitionNamed(commandLine);
        if (named.isPresent() && !allowed.contains(named.get())) {
            throw new TargetException("refused to run '" + commandLine + "': the target file lets scenarios touch only "
                    + (allowed.isEmpty() ? "no partition" : "the partitions " + allowed) + ", not '" + named.get() + "'");
        }
        return shell.run(commandLine, answers);
    }

    @Override
    public Account account() {
        return shell.account();
    }

    @Override
    public String loginText() {
        return shell.loginText();
    }

    @Override
    public boolean passwordChangeForced() {
        return shell.passwordChangeForced();
    }

    @Override
    public void upload(String fileName, byte[] content) {
        shell.upload(fileName, content);
    }

    @Override
    public void close() {
        shell.close();
    }
}
