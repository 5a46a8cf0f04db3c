package dev.dhsm.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The appliance's logs as {@code syslog tail} reads them: the last N entries of one log, optionally filtered. */
public final class SyslogOperations {
    /** Log names {@code syslog tail -logname} accepts. */
    public static final List<String> LOG_NAMES = List.of("messages", "lunalogs", "secure");

    private final ApplianceTx tx;

    SyslogOperations(ApplianceTx tx) {
        this.tx = tx;
    }

    public List<SyslogEntry> tail(String logName, int entries, String search) {
        String log = logName.toLowerCase(Locale.ROOT);
        if (!LOG_NAMES.contains(log)) {
            throw LunaException.withDetail(LunaError.RC_FILE_ERROR, "Unknown log name: " + logName
                    + ". Valid names: " + String.join(", ", LOG_NAMES) + ".");
        }
        List<SyslogEntry> matching = new ArrayList<>();
        for (SyslogEntry e : tx.state().syslog()) {
            if (e.log().equals(log) && (search == null || e.message().contains(search)
                    || e.process().contains(search))) {
                matching.add(e);
            }
        }
        int from = Math.max(0, matching.size() - Math.max(0, entries));
        return List.copyOf(matching.subList(from, matching.size()));
    }

    /** Records an NTLS event in {@code lunalogs} (facility local5), as the NTLS service does. */
    public void ntls(String severity, String message) {
        tx.log("lunalogs", "local5", severity, "NTLS", message);
    }
}
