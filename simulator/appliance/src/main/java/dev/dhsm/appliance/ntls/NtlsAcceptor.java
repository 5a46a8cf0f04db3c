package dev.dhsm.appliance.ntls;

import dev.dhsm.model.Appliance;
import dev.dhsm.wire.NtlsLimits;
import dev.dhsm.wire.NtlsServerInitializer;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * Takes a TCP connection on port 1792 as the appliance does: while the model says NTLS cannot be reached (port
 * blocked, network cut, a broken network configuration, a hung reboot) the connection is closed at once and
 * nothing is logged; otherwise NTLS logs {@code Incoming connection request...} and the connection gets the
 * wire's NTLS pipeline (TLS, handshake reporting, codec, session handler) in front of an {@link NtlsConnection}.
 */
final class NtlsAcceptor extends ChannelInitializer<Channel> {

    private final Appliance appliance;
    private final NtlsServerTls tls;
    private final Map<String, NtlsConnection> connections;
    private final Executor workers;

    NtlsAcceptor(Appliance appliance, NtlsServerTls tls, Map<String, NtlsConnection> connections,
                 Executor workers) {
        this.appliance = appliance;
        this.tls = tls;
        this.connections = connections;
        this.workers = workers;
    }

    @Override
    protected void initChannel(Channel channel) {
        String peer = NtlsConnection.peer(channel.remoteAddress());
        boolean reachable = appliance.transact(tx -> {
            boolean ntls = tx.system().reachability().ntls();
            if (ntls) {
                tx.ntls().incoming(peer);
            }
            return ntls;
        });
        if (!reachable) {
            channel.close();
            return;
        }
        NtlsConnection connection = new NtlsConnection(appliance, channel, workers);
        connections.put(connection.peer(), connection);
        connection.closed().whenComplete((done, failure) -> connections.remove(connection.peer(), connection));
        channel.pipeline().addLast(new NtlsServerInitializer(tls.context(), NtlsLimits.DEFAULT, connection,
                connection));
    }
}
