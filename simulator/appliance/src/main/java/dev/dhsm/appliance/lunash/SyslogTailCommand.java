package dev.dhsm.appliance.lunash;

import dev.dhsm.model.SyslogEntry;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * {@code syslog tail -logname <name> -entries <n> [-search <text>]}: the last lines of one appliance log
 * ({@code messages}, {@code lunalogs}, {@code secure}) in the appliance's syslog format, on its clock.
 */
final class SyslogTailCommand implements LunashCommand {
    private static final CommandSpec SPEC = CommandSpec.of("syslog", "tail", "Show the last entries of a log",
            OptionSpec.required("logname", "l"), OptionSpec.value("entries", "e"), OptionSpec.value("search", "s"));
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy MMM dd HH:mm:ss", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void run(CommandContext ctx, Args args) {
        String log = args.get("logname");
        long entries = args.number("entries").orElse(20L);
        if (entries < 0 || entries > 100_000) {
            throw new UsageException("Invalid value for -entries: " + entries + " (0 to 100000).");
        }
        String search = args.value("search").orElse(null);
        String host = ctx.appliance().hostname();
        List<SyslogEntry> lines = ctx.appliance().transact(tx -> tx.syslog().tail(log, (int) entries, search));
        ShellIO io = ctx.io();
        io.println("");
        for (SyslogEntry e : lines) {
            io.println(format(host, e));
        }
    }

    /** {@code <YYYY Mon DD HH:MM:SS> <host>  <facility> <severity>  <process> [<pid>]: <message>}. */
    static String format(String host, SyslogEntry e) {
        return STAMP.format(e.at()) + " " + host + "  " + e.facility() + " " + e.severity() + "  " + e.process()
                + " [" + e.pid() + "]: " + e.message();
    }
}
