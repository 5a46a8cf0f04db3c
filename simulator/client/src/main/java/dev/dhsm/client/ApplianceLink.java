package dev.dhsm.client;

import dev.dhsm.wire.message.NtlsRequest;
import dev.dhsm.wire.message.NtlsResponse;
import io.netty.bootstrap.Bootstrap;
import java.util.ArrayList;
import java.util.List;

/**
 * The Luna client's connections to one appliance ({@code ServerNameNN}): up to {@code connectionsPerServer} NTLS
 * connections, opened when first needed and reopened when one has closed, handed out in turn so that sessions
 * (each bound to the connection it was opened on) spread over them.
 */
final class ApplianceLink implements AutoCloseable {

    private final ServerAddress server;
    private final Bootstrap bootstrap;
    private final ClientSettings settings;
    private final List<NtlsConnection> pool;
    private int next;
    private boolean closed;

    ApplianceLink(ServerAddress server, Bootstrap bootstrap, ClientSettings settings) {
        this.server = server;
        this.bootstrap = bootstrap;
        this.settings = settings;
        this.pool = new ArrayList<>();
        for (int i = 0; i < settings.connectionsPerServer(); i++) {
            pool.add(null);
        }
    }

    ServerAddress server() {
        return server;
    }

    /** An open connection: the next one in turn, (re)connected if needed. Connect failures are thrown. */
    synchronized NtlsConnection connection() {
        if (closed) {
            throw new LunaClientException(ReturnCodes.RC_SERVER_DISCONNECTED, "the client is closed");
        }
        int index = next;
        next = (next + 1) % pool.size();
        NtlsConnection current = pool.get(index);
        if (current == null || !current.isOpen()) {
            current = NtlsConnection.open(bootstrap, server, settings.clientName(), settings.receiveTimeout());
            pool.set(index, current);
        }
        return current;
    }

    /**
     * Sends a request that is safe to repeat ({@code ListSlots}, {@code OpenSession}) on the next connection, once
     * more on a new connection if the first one turns out to have been closed by the appliance meanwhile (after
     * {@code service restart ntls}, the client learns of the close only when it next uses the connection).
     */
    <R extends NtlsResponse> R callRepeatable(NtlsRequest request, Class<R> expected) {
        NtlsConnection first = connection();
        try {
            return first.call(request, expected);
        } catch (LunaClientException e) {
            if (e.code() != ReturnCodes.RC_SERVER_DISCONNECTED) {
                throw e;
            }
            first.close();
            return connection().call(request, expected);
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        for (NtlsConnection connection : pool) {
            if (connection != null) {
                connection.close();
            }
        }
    }
}
