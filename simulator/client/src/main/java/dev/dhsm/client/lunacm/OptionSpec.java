package dev.dhsm.client.lunacm;

import java.util.List;

/**
 * One option of a LunaCM command, such as {@code -slot <n>} or the flag {@code -force}: its name, short aliases,
 * whether it takes a value and whether it is required.
 */
public record OptionSpec(String name, boolean takesValue, boolean required, List<String> aliases) {

    public static OptionSpec value(String name, String... aliases) {
        return new OptionSpec(name, true, false, List.of(aliases));
    }

    public static OptionSpec required(String name, String... aliases) {
        return new OptionSpec(name, true, true, List.of(aliases));
    }

    public static OptionSpec flag(String name, String... aliases) {
        return new OptionSpec(name, false, false, List.of(aliases));
    }
}
