package dev.dhsm.appliance.lunash;

import dev.dhsm.model.LunaException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The lunash command words and how a typed line resolves to one command: case-insensitive words,
 * unambiguous abbreviations ({@code par list}, {@code hsm showP}), options by name, alias or unambiguous
 * prefix; then the run and its report ending in the {@code Command Result} line.
 */
final class CommandTable {
    private final List<LunashCommand> commands;
    private final Map<String, String> groupSummaries;

    CommandTable(List<LunashCommand> commands, Map<String, String> groupSummaries) {
        this.commands = List.copyOf(commands);
        this.groupSummaries = new LinkedHashMap<>(groupSummaries);
    }

    static CommandTable standard(dev.dhsm.model.CertificateIssuer issuer) {
        return StandardCommands.table(issuer);
    }

    List<LunashCommand> commands() {
        return commands;
    }

    Map<String, String> groupSummaries() {
        return groupSummaries;
    }

    boolean isExit(String line) {
        String t = line.trim().toLowerCase(Locale.ROOT);
        return t.equals("exit") || t.equals("logout") || t.equals("quit");
    }

    CommandResult execute(CommandContext ctx, String line) {
        ShellIO io = ctx.io();
        LunashCommand command = null;
        CommandResult result;
        try {
            List<String> tokens = Tokenizer.split(line.trim().equals("?") ? "help" : line);
            if (tokens.isEmpty()) {
                return CommandResult.SUCCESS;
            }
            Resolution r = resolve(tokens);
            command = r.command();
            Args args = parse(command.spec(), tokens.subList(r.wordsUsed(), tokens.size()));
            command.run(ctx, args);
            result = CommandResult.SUCCESS;
        } catch (UsageException e) {
            Replies.usage(io, e.getMessage(), command == null ? null : command.spec());
            result = CommandResult.SHELL_FAILURE;
        } catch (LunaException e) {
            Replies.failure(io, command.spec().displayName(), e);
            result = CommandResult.SHELL_FAILURE;
        } catch (RuntimeException e) {
            io.println("Error:  '" + (command == null ? line.trim() : command.spec().displayName())
                    + "' failed: internal error.");
            org.slf4j.LoggerFactory.getLogger(CommandTable.class).warn("lunash command failed: {}", line, e);
            result = CommandResult.SHELL_FAILURE;
        }
        Replies.result(io, result);
        return result;
    }

    Optional<String> resolveName(String line) {
        try {
            return Optional.of(resolve(Tokenizer.split(line)).command().spec().displayName());
        } catch (UsageException e) {
            return Optional.empty();
        }
    }

    /** A resolved command and how many leading words named it. */
    record Resolution(LunashCommand command, int wordsUsed) {
    }

    Resolution resolve(List<String> tokens) {
        List<LunashCommand> candidates = new ArrayList<>(commands);
        int depth = 0;
        while (depth < tokens.size() && !tokens.get(depth).startsWith("-")) {
            List<LunashCommand> next = matching(candidates, depth, tokens.get(depth));
            if (next.isEmpty()) {
                break;
            }
            Set<String> distinct = wordsAt(next, depth);
            if (distinct.size() > 1) {
                throw new UsageException("Ambiguous command '" + String.join(" ", tokens.subList(0, depth + 1))
                        + "'. It could be: " + String.join(", ", distinct) + ".");
            }
            candidates = next;
            depth++;
            if (candidates.size() == 1 && words(candidates.get(0)).size() == depth) {
                break;
            }
        }
        if (depth == 0) {
            throw new UsageException("Unknown command '" + tokens.get(0) + "'. Use 'help' for a list of commands.");
        }
        for (LunashCommand c : candidates) {
            if (words(c).size() == depth) {
                return new Resolution(c, depth);
            }
        }
        String typed = String.join(" ", tokens.subList(0, depth));
        if (depth < tokens.size() && !tokens.get(depth).startsWith("-")) {
            throw new UsageException("Unknown command '" + typed + " " + tokens.get(depth) + "'. '" + typed
                    + "' can be followed by: " + String.join(", ", wordsAt(candidates, depth)) + ".");
        }
        throw new UsageException("Incomplete command '" + typed + "'. It can be followed by: "
                + String.join(", ", wordsAt(candidates, depth)) + ".");
    }

    private static List<LunashCommand> matching(List<LunashCommand> candidates, int depth, String token) {
        String t = token.toLowerCase(Locale.ROOT);
        List<LunashCommand> prefix = new ArrayList<>();
        List<LunashCommand> exact = new ArrayList<>();
        for (LunashCommand c : candidates) {
            List<String> w = words(c);
            if (w.size() > depth) {
                String word = w.get(depth).toLowerCase(Locale.ROOT);
                if (word.equals(t)) {
                    exact.add(c);
                } else if (word.startsWith(t)) {
                    prefix.add(c);
                }
            }
        }
        return exact.isEmpty() ? prefix : exact;
    }

    private static Set<String> wordsAt(List<LunashCommand> candidates, int depth) {
        Set<String> out = new LinkedHashSet<>();
        for (LunashCommand c : candidates) {
            List<String> w = words(c);
            if (w.size() > depth) {
                out.add(w.get(depth));
            }
        }
        return out;
    }

    static List<String> words(LunashCommand c) {
        List<String> w = new ArrayList<>();
        w.add(c.spec().group());
        if (c.spec().verb() != null) {
            w.addAll(List.of(c.spec().verb().split(" ")));
        }
        return w;
    }

    static Args parse(CommandSpec spec, List<String> rest) {
        Map<String, String> values = new LinkedHashMap<>();
        String positional = null;
        for (int i = 0; i < rest.size(); i++) {
            String token = rest.get(i);
            if (token.startsWith("-") && token.length() > 1) {
                OptionSpec option = option(spec, token.substring(1));
                if (values.containsKey(option.name())) {
                    throw new UsageException("Option -" + option.name() + " was given more than once.");
                }
                if (option.takesValue()) {
                    if (i + 1 >= rest.size()) {
                        throw new UsageException("Option -" + option.name() + " needs a value.");
                    }
                    values.put(option.name(), rest.get(++i));
                } else {
                    values.put(option.name(), "");
                }
            } else if (spec.positional() != null && positional == null) {
                positional = token;
            } else {
                throw new UsageException("Unexpected argument '" + token + "'.");
            }
        }
        for (OptionSpec o : spec.options()) {
            if (o.required() && !values.containsKey(o.name())) {
                throw new UsageException("Missing required option: -" + o.name());
            }
        }
        return new Args(values, positional);
    }

    private static OptionSpec option(CommandSpec spec, String typed) {
        String t = typed.toLowerCase(Locale.ROOT);
        List<OptionSpec> prefixed = new ArrayList<>();
        for (OptionSpec o : spec.options()) {
            if (o.name().equalsIgnoreCase(t) || o.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(t))) {
                return o;
            }
            if (o.name().toLowerCase(Locale.ROOT).startsWith(t)) {
                prefixed.add(o);
            }
        }
        if (prefixed.size() == 1) {
            return prefixed.get(0);
        }
        if (prefixed.isEmpty()) {
            throw new UsageException("Unknown option: -" + typed);
        }
        throw new UsageException("Ambiguous option: -" + typed);
    }

    List<String> complete(List<String> typedWords, String partial) {
        String p = partial.toLowerCase(Locale.ROOT);
        Set<String> out = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        List<LunashCommand> candidates = new ArrayList<>(commands);
        int depth = 0;
        for (String w : typedWords) {
            if (w.startsWith("-")) {
                break;
            }
            List<LunashCommand> next = matching(candidates, depth, w);
            if (next.isEmpty() || wordsAt(next, depth).size() > 1) {
                break;
            }
            candidates = next;
            depth++;
        }
        boolean commandComplete = candidates.size() == 1 && words(candidates.get(0)).size() <= depth;
        if (commandComplete || p.startsWith("-")) {
            for (LunashCommand c : candidates) {
                if (words(c).size() <= depth) {
                    c.spec().options().forEach(o -> out.add("-" + o.name()));
                }
            }
        } else {
            for (String w : wordsAt(candidates, depth)) {
                out.add(w);
            }
        }
        out.removeIf(s -> !s.toLowerCase(Locale.ROOT).startsWith(p));
        return List.copyOf(out);
    }
}
