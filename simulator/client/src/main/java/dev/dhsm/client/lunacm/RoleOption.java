package dev.dhsm.client.lunacm;

import dev.dhsm.client.Role;

/** LunaCM's {@code -name po|co|cu} option of the role commands. */
final class RoleOption {

    static final OptionSpec NAME = OptionSpec.required("name", "n");

    private RoleOption() {
    }

    static Role role(Args args) {
        String name = args.get("name");
        return Role.parse(name).orElseThrow(() -> new UsageException("Invalid value for -name: '" + name
                + "'. Use po, co or cu."));
    }
}
