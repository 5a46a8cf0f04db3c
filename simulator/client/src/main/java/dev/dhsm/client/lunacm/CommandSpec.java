package dev.dhsm.client.lunacm;

import java.util.List;

/**
 * The shape of one LunaCM command: its words ({@code partition archive backup}), its options and a one-line
 * summary for {@code help}.
 */
public record CommandSpec(String group, String verb, List<OptionSpec> options, String summary) {

    public CommandSpec {
        options = List.copyOf(options);
    }

    public static CommandSpec of(String group, String verb, String summary, OptionSpec... options) {
        return new CommandSpec(group, verb, List.of(options), summary);
    }

    /** {@code partition archive backup}. */
    public String displayName() {
        return verb == null ? group : group + " " + verb;
    }

    /** The syntax line shown by help and after a usage error. */
    public String syntax() {
        StringBuilder sb = new StringBuilder(displayName());
        for (OptionSpec o : options) {
            String body = "-" + o.name() + (o.takesValue() ? " <" + o.name() + ">" : "");
            sb.append(' ').append(o.required() ? body : "[" + body + "]");
        }
        return sb.toString();
    }
}
