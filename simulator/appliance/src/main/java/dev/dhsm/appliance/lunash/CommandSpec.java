package dev.dhsm.appliance.lunash;

import java.util.List;

/**
 * The shape of one lunash command: its words as the appliance spells them ({@code hsm showPolicies}),
 * its options, whether it takes a positional argument (e.g. the package file), and a one-line summary.
 */
public record CommandSpec(String group, String verb, List<OptionSpec> options, String positional, String summary) {
    public CommandSpec {
        options = List.copyOf(options);
    }

    public static CommandSpec of(String group, String verb, String summary, OptionSpec... options) {
        return new CommandSpec(group, verb, List.of(options), null, summary);
    }

    public CommandSpec withPositional(String name) {
        return new CommandSpec(group, verb, options, name, summary);
    }

    /** The name used in result lines, e.g. {@code 'hsm changePolicy'}. */
    public String displayName() {
        return verb == null ? group : group + " " + verb;
    }

    /** The syntax line shown by help and after a usage error. */
    public String syntax() {
        StringBuilder sb = new StringBuilder(displayName());
        if (positional != null) {
            sb.append(" <").append(positional).append('>');
        }
        for (OptionSpec o : options) {
            String body = "-" + o.name() + (o.takesValue() ? " <" + o.name() + ">" : "");
            sb.append(' ').append(o.required() ? body : "[" + body + "]");
        }
        return sb.toString();
    }
}
