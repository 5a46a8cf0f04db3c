package dev.dhsm.appliance.console;

import dev.dhsm.appliance.lunash.Lunash;
import dev.dhsm.model.Channel;
import dev.dhsm.model.LoginOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The getty on the appliance's serial port: {@code login as:} and {@code Password:}, then lunash for an
 * accepted account and back to {@code login as:} when it exits. {@code Login incorrect} on a refusal,
 * and the line is dropped after three in a row. The serial-only {@code recover} account puts the admin
 * password back to {@code PASSWORD}, to be changed at the next login.
 */
final class ConsoleLogin implements Runnable {
    static final String LOGIN_PROMPT = "login as: ";
    static final String PASSWORD_PROMPT = "Password: ";
    static final int MAX_DENIALS = 3;
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleLogin.class);

    private final Lunash lunash;
    private final ConsoleShellIO io;
    private final String remote;
    private volatile boolean atLoginPrompt = true;

    ConsoleLogin(Lunash lunash, ConsoleShellIO io, String remote) {
        this.lunash = lunash;
        this.io = io;
        this.remote = remote;
    }

    ConsoleShellIO io() {
        return io;
    }

    /** Whether nobody is logged in on the line (the login timeout applies only then). */
    boolean atLoginPrompt() {
        return atLoginPrompt;
    }

    @Override
    public void run() {
        try {
            serve();
        } catch (RuntimeException e) {
            LOG.debug("console session from {} ended abnormally", remote, e);
        } finally {
            io.hangUp();
        }
    }

    private void serve() {
        int denials = 0;
        while (!io.hungUp()) {
            atLoginPrompt = true;
            String account = io.readLine(LOGIN_PROMPT);
            if (account == null) {
                return;
            }
            if (account.isEmpty()) {
                continue;
            }
            String password = io.readSecret(PASSWORD_PROMPT);
            if (password == null) {
                return;
            }
            LoginOutcome outcome = lunash.appliance().login(account, password, Channel.CONSOLE, remote);
            switch (outcome.kind()) {
                case ACCEPTED -> {
                    denials = 0;
                    atLoginPrompt = false;
                    lunash.runShell(outcome.session().orElseThrow(), io);
                    io.println("");
                }
                case ADMIN_PASSWORD_RECOVERED -> {
                    denials = 0;
                    String admin = lunash.appliance().profile().adminAccount();
                    io.println("The password of " + admin + " has been reset to the factory default (PASSWORD).");
                    io.println("It must be changed at the next login.");
                    io.println("");
                }
                case DENIED -> {
                    io.println("Login incorrect");
                    io.println("");
                    if (++denials >= MAX_DENIALS) {
                        return;
                    }
                }
                default -> throw new IllegalStateException("unknown login outcome " + outcome.kind());
            }
        }
    }
}
