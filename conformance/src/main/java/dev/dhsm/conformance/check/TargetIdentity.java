package dev.dhsm.conformance.check;

import dev.dhsm.conformance.lunash.HsmShowReport;
import dev.dhsm.conformance.target.Account;
import dev.dhsm.conformance.target.LunashSession;
import dev.dhsm.conformance.target.Target;
import java.util.Optional;

/**
 * Which device a run tested, for the top of its reports: the target's name and what {@code hsm show} reports as
 * its serial number, appliance software and firmware, read once before the scenarios run (a read-only command).
 */
public record TargetIdentity(String target, String serial, String software, String firmware, Optional<String> problem) {

    /**
     * Logs in as the admin and reads {@code hsm show}; a device that cannot be read is named with the reason. A
     * missing secret is not such a device: it stops the run before it starts.
     */
    public static TargetIdentity probe(Target target) {
        Account admin = target.adminAccount().withReplacement("Identity-Probe-1x!");
        try (LunashSession shell = target.openShell(admin)) {
            HsmShowReport show = HsmShowReport.parse(shell.run("hsm show"));
            return new TargetIdentity(target.name(), show.field("Serial #").orElse("?"),
                    show.field("Software Version").orElse("?"), show.field("Firmware").orElse("?"), Optional.empty());
        } catch (RuntimeException e) {
            return new TargetIdentity(target.name(), "?", "?", "?", Optional.of(String.valueOf(e.getMessage())));
        }
    }
}
