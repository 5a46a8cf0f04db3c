package dev.dhsm.app;

import dev.dhsm.client.lunacm.LunaCm;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * {@code dhsm lunacm}: the LunaCM-compatible client shell (interactive, or one command with {@code -c} /
 * {@code -q}); {@code dhsm lunacm clientconfig deploy ...} runs that one command quietly.
 */
@Command(name = "lunacm", description = {
    "The LunaCM-compatible client: slots, partition init, roles, keys, backup, clientconfig deploy.",
    "  dhsm lunacm [-conf <Chrystoki.conf>]                 interactive shell",
    "  dhsm lunacm [-conf <file>] -c|-q <command ...>       one command (-q: no banner)",
    "  dhsm lunacm clientconfig deploy -server <host> ...   the certificate exchange over SSH"})
final class LunacmCommand implements Callable<Integer> {
    @Unmatched
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() {
        List<String> passed = new ArrayList<>(args);
        if (!passed.isEmpty() && !passed.get(0).startsWith("-")) {
            passed.add(0, "-q");
        }
        return LunaCm.run(passed.toArray(new String[0]), System.in, System.out);
    }
}
