package dev.dhsm.appliance.lunash;

import dev.dhsm.model.NtlsOperations;
import dev.dhsm.model.ServerCertificate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** {@code ntls show}: the NTLS binding, port, keepalive, source-IP check and server certificate validity. */
final class NtlsShowCommand implements LunashCommand {
    private static final CommandSpec SPEC = CommandSpec.of("ntls", "show", "Show the NTLS configuration");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy MMM dd HH:mm:ss 'UTC'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void run(CommandContext ctx, Args args) {
        boolean ipCheck = ctx.appliance().transact(tx -> tx.ntls().ipCheck());
        ServerCertificate active = ctx.appliance().transact(tx -> tx.ntls().active());
        boolean pending = ctx.appliance().transact(tx -> tx.ntls().pending() != null);
        ShellIO io = ctx.io();
        io.println("");
        io.println(line("NTLS bound to network device:", "all"));
        io.println(line("NTLS port:", String.valueOf(NtlsOperations.PORT)));
        io.println(line("TCP keepalive (idle/interval/probes):", "10 / 10 / 2"));
        io.println(line("Client source IP validation:", ipCheck ? "enabled" : "disabled"));
        if (active != null) {
            io.println(line("Server certificate valid from:", DATE.format(active.notBefore())));
            io.println(line("Server certificate valid until:", DATE.format(active.notAfter())));
        }
        if (pending) {
            io.println(line("Regenerated certificate:", "waiting for 'service restart ntls'"));
        }
    }

    private static String line(String label, String value) {
        return String.format("   %-40s%s", label, value);
    }
}
