package dev.dhsm.appliance.ntls;

import dev.dhsm.model.Appliance;
import dev.dhsm.model.ClientOperations;
import dev.dhsm.model.RegisteredClient;
import dev.dhsm.wire.NtlsPeer;
import dev.dhsm.wire.NtlsService;
import dev.dhsm.wire.message.NtlsRequest;
import dev.dhsm.wire.message.NtlsResponse;
import dev.dhsm.wire.tls.NtlsHandshakeFailure;
import dev.dhsm.wire.tls.NtlsHandshakeListener;
import io.netty.channel.Channel;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.security.cert.X509Certificate;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * One client connection to the appliance's NTLS port as the NTLS service logs and serves it: the handshake's
 * outcome in {@code lunalogs} (the Azure capture's lines), the client the model admits by its certificate (and
 * {@code ntls ipcheck}), its requests answered off the network thread, and its sessions closed when it goes.
 */
final class NtlsConnection implements NtlsService, NtlsHandshakeListener {

    private final Channel channel;
    private final Executor workers;
    private final String peer;
    private final String sourceIp;
    private final NtlsClient client;
    private final NtlsRequests requests;
    private final CompletableFuture<Void> closed = new CompletableFuture<>();

    NtlsConnection(Appliance appliance, Channel channel, Executor workers) {
        this.channel = channel;
        this.workers = workers;
        this.peer = peer(channel.remoteAddress());
        this.sourceIp = sourceIp(channel.remoteAddress());
        this.client = new NtlsClient(appliance);
        this.requests = new NtlsRequests(client);
    }

    /** How NTLS names a client in its log: {@code <ip>/<port>}. */
    static String peer(SocketAddress remote) {
        if (remote instanceof InetSocketAddress inet) {
            return sourceIp(inet) + "/" + inet.getPort();
        }
        return String.valueOf(remote);
    }

    private static String sourceIp(SocketAddress remote) {
        if (remote instanceof InetSocketAddress inet) {
            return inet.getAddress() != null ? inet.getAddress().getHostAddress() : inet.getHostString();
        }
        return String.valueOf(remote);
    }

    String peer() {
        return peer;
    }

    @Override
    public void handshakeFailed(SocketAddress remote, NtlsHandshakeFailure failure) {
        client.appliance().run(tx -> tx.ntls().handshakeFailed(peer, SslAcceptError.of(failure.reason())));
    }

    /**
     * The model decides who the client is; one it does not admit (no longer registered, or {@code ntls ipcheck}
     * refuses its address) is logged like an unknown certificate and dropped.
     */
    @Override
    public void handshakeSucceeded(SocketAddress remote, X509Certificate certificate) {
        String fingerprint = certificate == null ? "" : ClientOperations.fingerprint(certificate);
        Optional<String> admitted = client.appliance().transact(tx -> {
            Optional<RegisteredClient> known = tx.ntls().admit(fingerprint, sourceIp);
            known.ifPresentOrElse(c -> tx.ntls().connected(c.name(), peer),
                    () -> tx.ntls().handshakeFailed(peer, SslAcceptError.UNKNOWN_CA));
            return known.map(RegisteredClient::name);
        });
        admitted.ifPresentOrElse(client::admitted, channel::close);
    }

    @Override
    public CompletionStage<NtlsResponse> serve(NtlsPeer from, NtlsRequest request) {
        return CompletableFuture.supplyAsync(() -> requests.answer(request), workers);
    }

    @Override
    public void connectionClosed(NtlsPeer from) {
        try {
            client.appliance().run(tx -> {
                if (client.isAdmitted()) {
                    tx.ntls().disconnected(client.name(), peer);
                }
                client.sessions().drain().forEach(tx.slots()::close);
            });
        } finally {
            closed.complete(null);
        }
    }

    /** Drops the connection, as {@code service restart ntls} or a lost network does. */
    void close() {
        channel.close();
    }

    /** Completes once the connection has closed and its sessions with it. */
    CompletableFuture<Void> closed() {
        return closed;
    }

    /** How many partition sessions the client has open on this connection. */
    int openSessions() {
        return client.sessions().size();
    }
}
