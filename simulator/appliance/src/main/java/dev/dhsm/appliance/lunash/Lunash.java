package dev.dhsm.appliance.lunash;

import dev.dhsm.model.Appliance;
import dev.dhsm.model.ShellSession;
import dev.dhsm.model.Versions;
import java.util.List;
import java.util.Optional;

/**
 * The Luna Network HSM command line shell (lunash) of appliance software 7.2.0-220: the banner, the forced
 * first-login password change, the {@code [host] lunash:>} prompt, and one command per line, each ending in
 * its {@code Command Result} line. Transports hand it a {@link ShellIO}; it never touches a socket.
 */
public final class Lunash {
    private final Appliance appliance;
    private final CommandTable table;

    /** A shell whose {@code sysconf regenCert} is refused (no certificate tooling wired in). */
    public Lunash(Appliance appliance) {
        this(appliance, (cn, from, to) -> {
            throw dev.dhsm.model.LunaException.withDetail(dev.dhsm.model.LunaError.RC_FUNCTION_NOT_SUPPORTED,
                    "Certificate generation is not available on this appliance.");
        });
    }

    /** A shell whose {@code sysconf regenCert} makes certificates with {@code issuer}. */
    public Lunash(Appliance appliance, dev.dhsm.model.CertificateIssuer issuer) {
        this.appliance = appliance;
        this.table = CommandTable.standard(issuer);
    }

    public Appliance appliance() {
        return appliance;
    }

    /** The prompt, e.g. {@code [local_host] lunash:>}. */
    public String prompt() {
        return "[" + appliance.hostname() + "] lunash:>";
    }

    /**
     * A login shell: banner, the forced password change if one is due, then commands until {@code exit}
     * or end of input. The session is ended when this returns.
     */
    public void runShell(ShellSession session, ShellIO io) {
        try {
            io.println("");
            io.println(Versions.BANNER);
            io.println("");
            if (!new PasswordChangeDialog(appliance, session, io).runIfDue()) {
                return;
            }
            while (session.open()) {
                io.println("");
                io.flush();
                String line = io.readLine(prompt());
                if (line == null) {
                    break;
                }
                if (table.isExit(line)) {
                    break;
                }
                execute(session, io, line);
            }
        } finally {
            io.flush();
            appliance.endSession(session);
        }
    }

    /**
     * One command given on the ssh command line ({@code ssh admin@hsm hsm show}): its output and result
     * line, no banner. Answers the process exit status: 0 on success, 1 on failure.
     */
    public int runCommand(ShellSession session, ShellIO io, String line) {
        try {
            if (new PasswordChangeDialog(appliance, session, io).isDue()) {
                io.println("Error:  The password of " + session.account()
                        + " has expired. Log in interactively to change it.");
                return 1;
            }
            CommandResult result = execute(session, io, line);
            return result.success() ? 0 : 1;
        } finally {
            io.flush();
            appliance.endSession(session);
        }
    }

    /** Runs one command line: prints its output and its {@code Command Result} line. */
    public CommandResult execute(ShellSession session, ShellIO io, String line) {
        return table.execute(new CommandContext(appliance, session, io), line);
    }

    /** Tab completion: the words that can follow what has been typed. */
    public List<String> complete(List<String> typedWords, String partial) {
        return table.complete(typedWords, partial);
    }

    /** The group and verb a line resolves to (e.g. {@code hsm showPolicies}), if any. */
    public Optional<String> resolve(String line) {
        return table.resolveName(line);
    }
}
