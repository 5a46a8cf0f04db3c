package dev.dhsm.appliance.ssh;

import dev.dhsm.appliance.lunash.Lunash;
import java.util.concurrent.Executor;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.command.CommandFactory;
import org.apache.sshd.server.shell.ShellFactory;

/** The appliance account's login shell and command interpreter over SSH: lunash, for shells and execs alike. */
final class LunashCommandFactory implements ShellFactory, CommandFactory {
    private final Lunash lunash;
    private final Executor threads;

    LunashCommandFactory(Lunash lunash, Executor threads) {
        this.lunash = lunash;
        this.threads = threads;
    }

    @Override
    public Command createShell(ChannelSession channel) {
        return new LunashChannelCommand(lunash, threads, null);
    }

    @Override
    public Command createCommand(ChannelSession channel, String command) {
        return new LunashChannelCommand(lunash, threads, command);
    }
}
