package dev.dhsm.appliance.lunash;

import dev.dhsm.model.HsmPolicy;
import dev.dhsm.model.HsmView;
import dev.dhsm.model.PolicyView;
import java.util.List;

/**
 * {@code hsm showPolicies}: the HSM's fixed capabilities, the policies set by its configuration, and the
 * policies the HSM SO may change, in the four-column table (description, value, code, destructive).
 */
final class HsmShowPoliciesCommand implements LunashCommand {
    private static final CommandSpec SPEC = CommandSpec.of("hsm", "showPolicies", "Display the HSM policies");

    private static final String[][] CAPABILITIES = {
        {"Enable PIN-based authentication", "Allowed"},
        {"Enable PED-based authentication", "Disallowed"},
        {"Performance level", "15"},
        {"Enable domestic mechanisms & key sizes", "Allowed"},
        {"Enable masking", "Allowed"},
        {"Enable cloning", "Allowed"},
        {"Enable ECC mechanisms", "Allowed"},
        {"Enable non-FIPS algorithms", "Allowed"},
        {"Enable SO reset of partition PIN", "Allowed"},
        {"Enable network replication", "Allowed"},
        {"Enable Korean Algorithms", "Disallowed"},
        {"FIPS evaluated", "Disallowed"},
        {"Enable Remote Authentication", "Allowed"},
        {"Enable forcing user PIN change", "Allowed"},
        {"Enable offboard storage", "Allowed"},
        {"Enable partition groups", "Disallowed"},
        {"Enable Remote PED usage", "Allowed"},
        {"HSM non-volatile storage space", "33554432"},
        {"Enable Acceleration", "Allowed"},
        {"Enable unmasking", "Allowed"},
        {"Maximum number of partitions", "10"},
        {"Enable Single Domain", "Allowed"},
        {"Enable Secure Trusted Channel", "Allowed"},
        {"Enable decommission on tamper", "Allowed"},
        {"Enable per-partition SO", "Allowed"},
    };

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void run(CommandContext ctx, Args args) {
        HsmView v = ctx.appliance().transact(tx -> tx.hsm().view(ctx.session()));
        List<PolicyView> policies = ctx.appliance().transact(tx -> tx.hsm().policies());
        ShellIO io = ctx.io();
        io.println("");
        io.println("   HSM Label:   " + v.label());
        io.println("   Serial #:    " + v.serial());
        io.println("   Firmware:    " + v.firmware());
        io.println("");
        io.println("   The following capabilities describe this HSM, and cannot be altered except via"
                + " firmware or capability updates.");
        io.println("");
        header(io, false);
        for (String[] c : CAPABILITIES) {
            io.println(row(c[0], c[1]));
        }
        io.println("");
        io.println("   The following policies are set due to current configuration of this HSM and cannot"
                + " be altered directly by the user.");
        io.println("");
        header(io, false);
        io.println(row("PIN-based authentication", "True"));
        io.println("");
        io.println("   The following policies describe the current configuration of this HSM and may be"
                + " changed by the HSM Administrator.");
        io.println("");
        io.println("   Changing policies marked \"destructive\" will erase all partitions on the HSM.");
        io.println("");
        header(io, true);
        for (PolicyView p : policies) {
            io.println(String.format("   %-41s%-13s%-10s%s", p.policy().displayName(), display(p.policy(), p.value()),
                    p.policy().code(), p.policy().destructive() ? "Yes" : "No"));
        }
        io.println("");
    }

    static String display(HsmPolicy policy, int value) {
        if (policy.isSwitch()) {
            return value == 1 ? "On" : "Off";
        }
        return String.valueOf(value);
    }

    private static void header(ShellIO io, boolean full) {
        if (full) {
            io.println("   Description                              Value        Code      Destructive");
            io.println("   ===========                              =====        ====      ===========");
        } else {
            io.println("   Description                              Value");
            io.println("   ===========                              =====");
        }
    }

    private static String row(String description, String value) {
        return String.format("   %-41s%s", description, value);
    }
}
