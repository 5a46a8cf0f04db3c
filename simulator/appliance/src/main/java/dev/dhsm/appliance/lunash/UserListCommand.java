package dev.dhsm.appliance.lunash;

import dev.dhsm.model.Account;
import java.util.List;

/** {@code user list}: the appliance shell accounts, their roles and whether they are enabled. */
final class UserListCommand implements LunashCommand {
    private static final CommandSpec SPEC = CommandSpec.of("user", "list", "List the appliance users");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void run(CommandContext ctx, Args args) {
        List<Account> accounts = ctx.appliance().transact(tx -> tx.accounts().list());
        ShellIO io = ctx.io();
        io.println("");
        io.println(String.format("%24s%12s%12s%12s", "Users", "Roles", "Status", "RADIUS"));
        io.println(String.format("%24s%12s%12s%12s", "-".repeat(20), "-".repeat(8), "-".repeat(8), "-".repeat(8)));
        for (Account a : accounts) {
            io.println(String.format("%24s%12s%12s%12s", a.name(), a.role(), a.enabled() ? "enabled" : "disabled",
                    "no"));
        }
    }
}
