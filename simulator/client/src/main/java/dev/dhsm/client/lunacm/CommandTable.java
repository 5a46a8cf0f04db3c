package dev.dhsm.client.lunacm;

import dev.dhsm.client.LunaClientException;
import dev.dhsm.client.ReturnCodes;
import dev.dhsm.wire.pkcs11.Ckr;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The LunaCM command words and how a typed line resolves to one command: case-insensitive words, unambiguous
 * abbreviations ({@code par arch b}), options by name, alias or unambiguous prefix; then the run and its closing
 * {@code Command Result : No Error} or {@code Command Result : 0x<8 hex digits> (<name>)} line.
 */
final class CommandTable {

    private static final Logger LOG = LoggerFactory.getLogger(CommandTable.class);

    private final List<LunacmCommand> commands;

    CommandTable(List<LunacmCommand> commands) {
        this.commands = List.copyOf(commands);
    }

    List<LunacmCommand> commands() {
        return commands;
    }

    /** Runs one line; answers the result code (0 for success). Blank lines answer 0 and print nothing. */
    long execute(CommandContext ctx, String line) {
        ShellIO io = ctx.io();
        LunacmCommand command = null;
        long result;
        try {
            List<String> tokens = Tokenizer.split(line);
            if (tokens.isEmpty()) {
                return Ckr.OK;
            }
            Resolution r = resolve(tokens);
            command = r.command();
            Args args = parse(command.spec(), tokens.subList(r.wordsUsed(), tokens.size()));
            command.run(ctx, args);
            result = Ckr.OK;
        } catch (UsageException e) {
            io.println("Error: " + e.getMessage());
            if (command != null) {
                io.println("Syntax: " + command.spec().syntax());
            }
            result = Ckr.ARGUMENTS_BAD;
        } catch (LunaClientException e) {
            if (ReturnCodes.isClientLayer(e.code())) {
                io.println("Error: " + e.getMessage());
            }
            ctx.state().failed(e);
            result = e.code();
        } catch (RuntimeException e) {
            LOG.warn("lunacm command failed: {}", line, e);
            io.println("Error: internal error.");
            result = Ckr.GENERAL_ERROR;
        }
        io.println("");
        io.println(resultLine(result));
        return result;
    }

    /** {@code Command Result : No Error} or {@code Command Result : 0x000000A0 (CKR_PIN_INCORRECT)}. */
    static String resultLine(long code) {
        return "Command Result : " + (code == Ckr.OK ? "No Error" : ReturnCodes.describe(code));
    }

    /** A resolved command and how many leading words named it. */
    record Resolution(LunacmCommand command, int wordsUsed) {
    }

    Resolution resolve(List<String> tokens) {
        List<LunacmCommand> candidates = new ArrayList<>(commands);
        int depth = 0;
        while (depth < tokens.size() && !tokens.get(depth).startsWith("-")) {
            List<LunacmCommand> next = matching(candidates, depth, tokens.get(depth));
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
        for (LunacmCommand c : candidates) {
            if (words(c).size() == depth) {
                return new Resolution(c, depth);
            }
        }
        throw new UsageException("Incomplete command '" + String.join(" ", tokens.subList(0, depth))
                + "'. It can be followed by: " + String.join(", ", wordsAt(candidates, depth)) + ".");
    }

    private static List<LunacmCommand> matching(List<LunacmCommand> candidates, int depth, String token) {
        String t = token.toLowerCase(Locale.ROOT);
        List<LunacmCommand> prefix = new ArrayList<>();
        List<LunacmCommand> exact = new ArrayList<>();
        for (LunacmCommand c : candidates) {
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

    private static Set<String> wordsAt(List<LunacmCommand> candidates, int depth) {
        Set<String> out = new LinkedHashSet<>();
        for (LunacmCommand c : candidates) {
            List<String> w = words(c);
            if (w.size() > depth) {
                out.add(w.get(depth));
            }
        }
        return out;
    }

    static List<String> words(LunacmCommand c) {
        List<String> w = new ArrayList<>();
        w.add(c.spec().group());
        if (c.spec().verb() != null) {
            w.addAll(List.of(c.spec().verb().split(" ")));
        }
        return w;
    }

    static Args parse(CommandSpec spec, List<String> rest) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < rest.size(); i++) {
            String token = rest.get(i);
            if (!token.startsWith("-") || token.length() < 2) {
                throw new UsageException("Unexpected argument '" + token + "'.");
            }
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
        }
        for (OptionSpec o : spec.options()) {
            if (o.required() && !values.containsKey(o.name())) {
                throw new UsageException("Missing required option: -" + o.name());
            }
        }
        return new Args(values);
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
        throw new UsageException((prefixed.isEmpty() ? "Unknown option: -" : "Ambiguous option: -") + typed);
    }
}
