package dev.dhsm.appliance.ssh;

import dev.dhsm.model.Appliance;
import dev.dhsm.model.Channel;
import dev.dhsm.model.LoginOutcome;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.apache.sshd.server.auth.AsyncAuthException;
import org.apache.sshd.server.auth.password.PasswordAuthenticator;
import org.apache.sshd.server.session.ServerSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The appliance's sshd password check: each attempt is one appliance login over {@link Channel#SSH} (the
 * model counts failures and writes the {@code secure} log); an accepted login's session lives on the
 * connection and ends with it. The forced first-login password change happens inside lunash, not here.
 * The check (a deliberately slow password hash, under the appliance lock) runs off the I/O threads, so
 * one login does not stall every other session's traffic.
 */
final class SshPasswordLogin implements PasswordAuthenticator, SessionListener {
    private static final Logger LOG = LoggerFactory.getLogger(SshPasswordLogin.class);

    private final Appliance appliance;
    private final Executor checks;

    SshPasswordLogin(Appliance appliance, Executor checks) {
        this.appliance = appliance;
        this.checks = checks;
    }

    @Override
    public boolean authenticate(String username, String password, ServerSession connection) {
        if (SshLogin.of(connection).isPresent()) {
            return false;
        }
        AsyncAuthException pending = new AsyncAuthException();
        try {
            checks.execute(() -> pending.setAuthed(check(username, password, connection)));
        } catch (RejectedExecutionException e) {
            LOG.debug("password check refused; the listener is closing", e);
            return false;
        }
        throw pending;
    }

    private boolean check(String username, String password, ServerSession connection) {
        LoginOutcome outcome = appliance.login(username, password, Channel.SSH, remoteHost(connection));
        if (outcome.kind() != LoginOutcome.Kind.ACCEPTED || outcome.session().isEmpty()) {
            return false;
        }
        SshLogin login = new SshLogin(appliance, outcome.session().get());
        connection.setAttribute(SshLogin.KEY, login);
        if (!connection.isOpen()) {
            login.endUnlessClaimed();
            return false;
        }
        return true;
    }

    @Override
    public void sessionClosed(Session connection) {
        SshLogin.of(connection).ifPresent(SshLogin::endUnlessClaimed);
    }

    static String remoteHost(Session connection) {
        SocketAddress remote = connection.getRemoteAddress();
        if (remote instanceof InetSocketAddress inet && inet.getAddress() != null) {
            return inet.getAddress().getHostAddress();
        }
        return String.valueOf(remote);
    }
}
