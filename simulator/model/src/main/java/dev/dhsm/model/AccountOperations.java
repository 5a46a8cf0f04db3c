package dev.dhsm.model;

import java.util.List;
import java.util.Optional;

/**
 * Appliance shell accounts: login, logout, the forced password change, and the serial-console-only
 * {@code recover} account that puts the admin password back to {@code PASSWORD}.
 */
public final class AccountOperations {
    /** The account that exists only on the local serial connection. */
    public static final String RECOVER_ACCOUNT = "recover";

    private final ApplianceTx tx;

    AccountOperations(ApplianceTx tx) {
        this.tx = tx;
    }

    LoginOutcome login(String name, String password, Channel channel, String remote) {
        if (RECOVER_ACCOUNT.equals(name)) {
            return recover(password, channel, remote);
        }
        Account account = tx.state().accounts().get(name);
        if (account == null || !account.enabled() || !account.passwordMatches(password)) {
            tx.log("secure", "authpriv", "notice", "sshd", "Failed password for " + name + " from " + remote
                    + " (" + channel.name().toLowerCase(java.util.Locale.ROOT) + ")");
            return LoginOutcome.denied();
        }
        ShellSession session = new ShellSession(name, channel, remote);
        tx.sessions().add(session);
        tx.log("secure", "authpriv", "info", "sshd", "Accepted password for " + name + " from " + remote);
        return LoginOutcome.accepted(session);
    }

    private LoginOutcome recover(String password, Channel channel, String remote) {
        if (channel != Channel.CONSOLE || !Account.FACTORY_PASSWORD.equals(password)) {
            tx.log("secure", "authpriv", "notice", "sshd", "Failed password for recover from " + remote);
            return LoginOutcome.denied();
        }
        String admin = tx.state().profile().adminAccount();
        tx.state().accounts().get(admin).setPassword(Account.FACTORY_PASSWORD, true);
        tx.log("secure", "authpriv", "notice", "login", "recover: password of user " + admin
                + " reset to factory default on the serial console");
        tx.markDirty();
        return LoginOutcome.recovered();
    }

    void logout(ShellSession session) {
        if (session.open()) {
            session.close();
            tx.sessions().remove(session);
        }
    }

    public boolean mustChangePassword(ShellSession session) {
        Account account = tx.state().accounts().get(session.account());
        return account != null && account.mustChangePassword();
    }

    /** Changes the session's own password; answers why it was refused, or empty on success. */
    public Optional<String> changePassword(ShellSession session, String newPassword) {
        Optional<String> problem = PasswordRules.problem(newPassword);
        if (problem.isPresent()) {
            return problem;
        }
        Account account = tx.state().accounts().get(session.account());
        if (account.passwordMatches(newPassword)) {
            return Optional.of("BAD PASSWORD: it is the same as the old one");
        }
        account.setPassword(newPassword, false);
        tx.log("secure", "authpriv", "info", "login", "password changed for " + session.account());
        tx.markDirty();
        return Optional.empty();
    }

    public List<Account> list() {
        return List.copyOf(tx.state().accounts().values());
    }
}
