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
 * reachability (port 1792 blocked, the network cut, broken network settings, a hung reboot) drops every client and
 * stops listening until it comes back, so a client's connect fails as it does against a blocked port (no TCP
 * connection, never a TLS error); the port is then bound again at the same address.
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
    private ServerBootstrap bootstrap;
    private InetSocketAddress address;
    private Channel serverChannel;
    private boolean closed;

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
     * Starts NTLS on shared network threads and a shared worker pool (see {@link #newWorkerPool()}), which the
     * caller owns and shuts down.
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
        listener.bootstrap = new ServerBootstrap()
                .group(io)
                .channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.TCP_NODELAY, Boolean.TRUE)
                .childOption(ChannelOption.SO_KEEPALIVE, Boolean.TRUE)
                .childHandler(new NtlsAcceptor(appliance, tls, listener.connections, workers));
        ChannelFuture bound = listener.bootstrap.bind(bind).awaitUninterruptibly();
        if (!bound.isSuccess()) {
            throw new IOException("cannot listen for NTLS on " + bind, bound.cause());
        }
        listener.serverChannel = bound.channel();
        listener.address = (InetSocketAddress) bound.channel().localAddress();
        appliance.onEvent(listener.events);
        listener.followReachability();
        LOG.info("NTLS of appliance {} listening on {}", appliance.id(), listener.address());
        return listener;
    }

    /** The address bound (port 0 resolved); NTLS listens there again when it was unreachable for a while. */
    public synchronized InetSocketAddress address() {
        return address;
    }

    /** Whether the port takes connections now (not while the appliance says NTLS cannot be reached). */
    public synchronized boolean listening() {
        return serverChannel != null && serverChannel.isOpen();
    }

    private void onEvent(ApplianceEvent event) {
        switch (event) {
            case NTLS_RESTARTED -> restarted();
            case CONNECTIVITY_CHANGED -> followReachability();
            default -> LOG.debug("NTLS ignores appliance event {}", event);
        }
    }

    /**
     * Listens while the model says NTLS is reachable, and not while it is not: the port closes (every client goes
     * with it) and is bound again at the same address when reachability returns.
     */
    private synchronized void followReachability() {
        if (closed) {
            return;
        }
        boolean reachable = appliance.transact(tx -> tx.system().reachability().ntls());
        if (!reachable) {
            if (listening()) {
                LOG.info("NTLS of appliance {} is unreachable: port {} closed, dropping {} connections",
                        appliance.id(), address.getPort(), connections.size());
                await(serverChannel.close());
            }
            dropAll();
        } else if (!listening()) {
            ChannelFuture bound = bootstrap.bind(address);
            serverChannel = bound.channel();
            bound.addListener(f -> {
                if (f.isSuccess()) {
                    LOG.info("NTLS of appliance {} is reachable again on {}", appliance.id(), address);
                } else {
                    LOG.error("NTLS of appliance {} cannot listen again on {}", appliance.id(), address, f.cause());
                }
            });
            await(bound);
        }
    }

    /** Waits for a bind or close, except on that channel's own event loop (where Netty forbids waiting). */
    private static ChannelFuture await(ChannelFuture future) {
        if (!future.channel().eventLoop().inEventLoop()) {
            future.awaitUninterruptibly();
        }
        return future;
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
        synchronized (this) {
            closed = true;
            serverChannel.close().awaitUninterruptibly();
        }
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
