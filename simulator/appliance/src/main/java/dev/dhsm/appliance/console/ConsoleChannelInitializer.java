package dev.dhsm.appliance.console;

import dev.dhsm.appliance.lunash.Lunash;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.group.ChannelGroup;
import io.netty.handler.timeout.IdleStateHandler;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * The serial console's pipeline: login-idle timer, line discipline in and out, and the session (login
 * loop and shell) on top. A connection made while the console cannot reach the appliance (it hangs in a
 * reboot) is closed at once.
 */
final class ConsoleChannelInitializer extends ChannelInitializer<Channel> {
    private final Lunash lunash;
    private final Executor loginThreads;
    private final Duration loginTimeout;
    private final ChannelGroup connections;

    ConsoleChannelInitializer(Lunash lunash, Executor loginThreads, Duration loginTimeout, ChannelGroup connections) {
        this.lunash = lunash;
        this.loginThreads = loginThreads;
        this.loginTimeout = loginTimeout;
        this.connections = connections;
    }

    @Override
    protected void initChannel(Channel ch) {
        if (!lunash.appliance().transact(tx -> tx.system().reachability().console())) {
            ch.close();
            return;
        }
        if (connections != null) {
            connections.add(ch);
        }
        ch.pipeline().addLast("login-idle",
                new IdleStateHandler(loginTimeout.toNanos(), 0, 0, TimeUnit.NANOSECONDS));
        ch.pipeline().addLast("line-decoder", new ConsoleLineDecoder());
        ch.pipeline().addLast("line-encoder", new ConsoleLineEncoder());
        ch.pipeline().addLast("session", new ConsoleSessionHandler(lunash, loginThreads, loginTimeout));
    }
}
