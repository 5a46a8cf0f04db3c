package dev.dhsm.appliance.ntls;

import dev.dhsm.model.Appliance;
import dev.dhsm.model.ApplianceEvent;
import dev.dhsm.model.CertificateIssuer;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The appliance's NTLS service on TCP port 1792: mutually authenticated TLS 1.2 with the registered client
 * certificates, the NTLS protocol in front of the appliance model, and the service's reactions to the appliance:
 * {@code service restart ntls} drops every client and serves the then-active certificate, and losing NTLS
 * reachability drops every client and refuses new ones until it comes back.
 *
 * <p>Requests are answered, and cryptography is done, on a small worker pool, never on the network threads. A fleet
 * of appliances can share one event loop group and one worker pool: {@link #start(Appliance, CertificateIssuer,
 * InetSocketAddress, EventLoopGroup, ExecutorService)}; the listener then leaves them running when it closes.
 */
public final class NtlsListener implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NtlsListener.class);

    private final Appliance appliance;
    private final NtlsServerTls tls;
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(5);

    private final Map<String, NtlsConnection> connections = new ConcurrentHashMap<>();
    private final Consumer<ApplianceEvent> events = this::onEvent;
    private final EventLoopGroup ownIo;
    private final ExecutorService ownWorkers;
    private Channel serverChannel;

    private NtlsListener(Appliance appliance, NtlsServerTls tls, EventLoopGroup ownIo, ExecutorService ownWorkers) {
        this.appliance = appliance;
        this.tls = tls;
        this.ownIo = ownIo;
        this.ownWorkers = ownWorkers;
    }

    /** Starts NTLS with its own network threads and worker pool, one each per core. */
    public static NtlsListener start(Appliance appliance, CertificateIssuer issuer, InetSocketAddress bind)
            throws IOException {
        int cores = Runtime.getRuntime().availableProcessors();
        EventLoopGroup io = new MultiThreadIoEventLoopGroup(cores, new DefaultThreadFactory("dhsm-ntls-io", true),
                NioIoHandler.newFactory());
        ExecutorService workers = newWorkerPool();
        try {
            return start(appliance, issuer, bind, io, workers, true);
        } catch (IOException | RuntimeException e) {
            io.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            workers.shutdownNow();
            throw e;
        }
    }

    /**
     * Starts NTLS on shared network threads (a group of NIO event loops, {@code NioIoHandler}) and a shared worker
     * pool (see {@link #newWorkerPool()}), which the caller owns and shuts down.
     */
    public static NtlsListener start(Appliance appliance, CertificateIssuer issuer, InetSocketAddress bind,
                                     EventLoopGroup io, ExecutorService workers) throws IOException {
        return start(appliance, issuer, bind, io, workers, false);
    }

    /** A worker pool for NTLS requests and their cryptography: one daemon thread per core. */
    public static ExecutorService newWorkerPool() {
        return Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(),
                new DefaultThreadFactory("dhsm-ntls-worker", true));
    }

    private static NtlsListener start(Appliance appliance, CertificateIssuer issuer, InetSocketAddress bind,
                                      EventLoopGroup io, ExecutorService workers, boolean owned) throws IOException {
        Objects.requireNonNull(bind, "bind");
        NtlsServerTls tls = new NtlsServerTls(appliance, issuer);
        tls.refresh();
        NtlsListener listener = new NtlsListener(appliance, tls, owned ? io : null, owned ? workers : null);
        ChannelFuture bound = new ServerBootstrap()
                .group(io)
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_REUSEADDR, Boolean.TRUE)
                .childOption(ChannelOption.TCP_NODELAY, Boolean.TRUE)
                .childOption(ChannelOption.SO_KEEPALIVE, Boolean.TRUE)
                .childHandler(new NtlsAcceptor(appliance, tls, listener.connections, workers))
                .bind(bind)
                .awaitUninterruptibly();
        if (!bound.isSuccess()) {
            throw new IOException("cannot listen for NTLS on " + bind, bound.cause());
        }
        listener.serverChannel = bound.channel();
        appliance.onEvent(listener.events);
        LOG.info("NTLS of appliance {} listening on {}", appliance.id(), listener.address());
        return listener;
    }

    /** The address actually bound (port 0 resolved). */
    public InetSocketAddress address() {
        return (InetSocketAddress) serverChannel.localAddress();
    }

    private void onEvent(ApplianceEvent event) {
        switch (event) {
            case NTLS_RESTARTED -> restarted();
            case CONNECTIVITY_CHANGED -> {
                if (!appliance.transact(tx -> tx.system().reachability().ntls())) {
                    LOG.info("NTLS of appliance {} is unreachable: dropping {} connections", appliance.id(),
                            connections.size());
                    dropAll();
                }
            }
            default -> LOG.debug("NTLS ignores appliance event {}", event);
        }
    }

    /** {@code service restart ntls}: the next handshake uses the certificate now in use; every client goes. */
    private void restarted() {
        try {
            tls.refresh();
        } catch (IOException | RuntimeException e) {
            LOG.error("NTLS of appliance {} cannot load its server certificate; keeping the previous one",
                    appliance.id(), e);
        }
        dropAll();
    }

    /** Closes every client connection; answers when all have closed, sessions included. */
    private CompletableFuture<Void> dropAll() {
        List<NtlsConnection> open = List.copyOf(connections.values());
        open.forEach(NtlsConnection::close);
        return CompletableFuture.allOf(open.stream().map(NtlsConnection::closed).toArray(CompletableFuture[]::new));
    }

    /** How many client connections are open. */
    public int connectionCount() {
        return connections.size();
    }

    /**
     * Completes once the connection from {@code peer} ({@code <ip>/<port>}, as NTLS logs it) has closed and its
     * sessions and log lines are done; at once when no such connection is open.
     */
    CompletableFuture<Void> closed(String peer) {
        NtlsConnection connection = connections.get(peer);
        return connection == null ? CompletableFuture.completedFuture(null) : connection.closed();
    }

    /** Stops listening and drops every connection (their sessions close with them). */
    @Override
    public void close() {
        appliance.removeEventListener(events);
        serverChannel.close().awaitUninterruptibly();
        try {
            dropAll().get(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
            LOG.warn("NTLS of appliance {}: connections still closing after {}", appliance.id(), CLOSE_WAIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (ownWorkers != null) {
            ownWorkers.shutdown();
        }
        if (ownIo != null) {
            ownIo.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        }
    }
}
