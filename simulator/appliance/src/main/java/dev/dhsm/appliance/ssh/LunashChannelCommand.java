package dev.dhsm.appliance.ssh;

import dev.dhsm.appliance.lunash.Lunash;
import dev.dhsm.appliance.lunash.ShellIO;
import dev.dhsm.model.ShellSession;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.Signal;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the appliance's sshd runs on a session channel: the lunash login shell ({@code ssh admin@hsm}) or
 * one lunash command ({@code ssh admin@hsm hsm show}, exit status 0 or 1), on its own thread, through a
 * pseudo-terminal when the client asked for one and straight over the channel's streams otherwise.
 */
final class LunashChannelCommand implements Command {
    private static final Logger LOG = LoggerFactory.getLogger(LunashChannelCommand.class);

    private final Lunash lunash;
    private final Executor threads;
    private final String commandLine;
    private InputStream in;
    private OutputStream out;
    private ExitCallback exit;
    private volatile Closeable io;

    /** {@code commandLine} null runs the login shell. */
    LunashChannelCommand(Lunash lunash, Executor threads, String commandLine) {
        this.lunash = lunash;
        this.threads = threads;
        this.commandLine = commandLine;
    }

    @Override
    public void setInputStream(InputStream in) {
        this.in = in;
    }

    @Override
    public void setOutputStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public void setErrorStream(OutputStream err) {
        // lunash writes its errors to standard output, as the appliance does
    }

    @Override
    public void setExitCallback(ExitCallback callback) {
        this.exit = callback;
    }

    @Override
    public void start(ChannelSession channel, Environment env) {
        Optional<ShellSession> claimed = SshLogin.of(channel.getSession()).flatMap(SshLogin::claim);
        if (claimed.isEmpty()) {
            StreamShellIO refusal = new StreamShellIO(in, out);
            refusal.println("Error:  The login session of this connection is already in use or has ended.");
            refusal.flush();
            exit.onExit(1);
            return;
        }
        ShellSession session = claimed.get();
        try {
            threads.execute(() -> run(session, env));
        } catch (RejectedExecutionException e) {
            LOG.debug("shell thread refused; the listener is closing", e);
            lunash.appliance().endSession(session);
            exit.onExit(1);
        }
    }

    private void run(ShellSession session, Environment env) {
        int status = 1;
        boolean handedToLunash = false;
        try {
            ShellIO shellIO = open(env);
            handedToLunash = true;
            if (commandLine == null) {
                lunash.runShell(session, shellIO);
                status = 0;
            } else {
                status = lunash.runCommand(session, shellIO, commandLine);
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("lunash over ssh ended abnormally for {}", session.account(), e);
        } finally {
            if (!handedToLunash) {
                lunash.appliance().endSession(session);
            }
            closeIO();
            exit.onExit(status);
        }
    }

    private ShellIO open(Environment env) throws IOException {
        Map<String, String> vars = env.getEnv();
        if (!hasPty(env)) {
            StreamShellIO stream = new StreamShellIO(in, out);
            io = stream;
            return stream;
        }
        TerminalShellIO terminal = TerminalShellIO.open(in, out, vars.get(Environment.ENV_TERM),
                PtyAttributes.size(vars), env.getPtyModes(), lunash);
        io = terminal;
        env.addSignalListener((channel, signal) -> terminal.resize(PtyAttributes.size(vars)), Signal.WINCH);
        return terminal;
    }

    /** Whether the client sent a {@code pty-req} (which sets TERM, COLUMNS and LINES and the tty modes). */
    static boolean hasPty(Environment env) {
        Map<String, String> vars = env.getEnv();
        return !env.getPtyModes().isEmpty() || (vars.containsKey(Environment.ENV_TERM)
                && vars.containsKey(Environment.ENV_COLUMNS) && vars.containsKey(Environment.ENV_LINES));
    }

    @Override
    public void destroy(ChannelSession channel) {
        closeIO();
    }

    private void closeIO() {
        Closeable current = io;
        if (current != null) {
            try {
                current.close();
            } catch (IOException e) {
                LOG.debug("closing the shell's terminal", e);
            }
        }
    }
}
