package dev.dhsm.client;

import dev.dhsm.wire.NtlsClientInitializer;
import dev.dhsm.wire.NtlsLimits;
import dev.dhsm.wire.message.InitToken;
import dev.dhsm.wire.message.ListSlots;
import dev.dhsm.wire.message.Ok;
import dev.dhsm.wire.message.OpenSession;
import dev.dhsm.wire.message.SessionOpened;
import dev.dhsm.wire.message.SlotInfo;
import dev.dhsm.wire.message.SlotList;
import dev.dhsm.wire.pkcs11.Ckr;
import dev.dhsm.wire.tls.NtlsHandshakeListener;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.ssl.SslContext;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The Luna network client library: the appliances of {@code Chrystoki.conf} behind one slot list, numbered from 0
 * in server order, with sessions carried over mutually authenticated NTLS connections.
 *
 * <p>Thread-safe. Connections are opened when first needed (the first {@link #slots()}) and reopened after they
 * close. Netty's event loop only moves bytes; every waiting happens on the caller's thread. Connection failures
 * carry the client layer's {@code RC_*} codes ({@link ReturnCodes}).
 */
public final class NtlsClient implements LunaClient {

    private static final int IO_THREADS = 2;

    /** Where one client slot lives. */
    private record Route(Slot slot, ApplianceLink link, long serverSlotId) {
    }

    private final ClientSettings settings;
    private final EventLoopGroup group;
    private final List<ApplianceLink> links = new ArrayList<>();
    private final Set<NtlsSession> sessions = ConcurrentHashMap.newKeySet();
    private volatile List<Route> routes = List.of();
    private volatile List<ServerFailure> unreachable = List.of();

    private NtlsClient(ClientSettings settings) {
        this.settings = settings;
        this.group = new MultiThreadIoEventLoopGroup(IO_THREADS, new DefaultThreadFactory("dhsm-ntls-client", true),
                NioIoHandler.newFactory());
        SslContext tls = ClientTlsContext.build(settings.identity(), settings.pinnedServers(), settings.clock());
        Bootstrap bootstrap = new Bootstrap().group(group).channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.SO_KEEPALIVE, settings.tcpKeepAlive())
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(Integer.MAX_VALUE,
                        settings.receiveTimeout().toMillis()))
                .handler(new NtlsClientInitializer(tls, NtlsLimits.DEFAULT, NtlsHandshakeListener.NONE));
        for (ServerAddress server : settings.servers()) {
            links.add(new ApplianceLink(server, bootstrap, settings));
        }
    }

    /** A client for these settings; nothing connects until the first call. */
    public static NtlsClient start(ClientSettings settings) {
        return new NtlsClient(settings);
    }

    /** A client configured by {@code Chrystoki.conf}. */
    public static NtlsClient start(ChrystokiConf conf) {
        return start(ClientSettings.from(conf));
    }

    public ClientSettings settings() {
        return settings;
    }

    @Override
    public synchronized List<Slot> slots() {
        List<Route> found = new ArrayList<>();
        List<ServerFailure> failures = new ArrayList<>();
        for (ApplianceLink link : links) {
            try {
                SlotList list = link.callRepeatable(new ListSlots(), SlotList.class);
                for (SlotInfo info : list.slots()) {
                    found.add(new Route(slot(found.size(), link.server(), info), link, info.slotId()));
                }
            } catch (LunaClientException e) {
                failures.add(new ServerFailure(link.server().host(), e));
            }
        }
        routes = List.copyOf(found);
        unreachable = List.copyOf(failures);
        return found.stream().map(Route::slot).toList();
    }

    @Override
    public List<ServerFailure> unreachable() {
        return unreachable;
    }

    @Override
    public Session openSession(long slotId) {
        return open(route(slotId));
    }

    /** Looks the partition up in the last listing first, and lists the slots again only when it is not there. */
    @Override
    public Session openPartitionSession(String partitionSerial) {
        Route route = bySerial(partitionSerial);
        if (route == null) {
            slots();
            route = bySerial(partitionSerial);
        }
        if (route == null) {
            List<ServerFailure> failures = unreachable;
            if (!failures.isEmpty()) {
                throw failures.get(0).error();
            }
            throw new LunaClientException(Ckr.TOKEN_NOT_PRESENT, "no partition with serial number "
                    + partitionSerial + " is listed");
        }
        return open(route);
    }

    private Route bySerial(String partitionSerial) {
        for (Route route : routes) {
            if (route.slot().partitionSerial().equals(partitionSerial)) {
                return route;
            }
        }
        return null;
    }

    private Session open(Route route) {
        long slotId = route.slot().slotId();
        NtlsConnection connection = route.link().connection();
        SessionOpened opened;
        try {
            opened = connection.call(new OpenSession(route.serverSlotId(), true), SessionOpened.class);
        } catch (LunaClientException e) {
            if (e.code() != ReturnCodes.RC_SERVER_DISCONNECTED) {
                throw e;
            }
            connection.close();
            connection = route.link().connection();
            opened = connection.call(new OpenSession(route.serverSlotId(), true), SessionOpened.class);
        }
        NtlsSession session = new NtlsSession(slotId, connection, opened.session(), sessions::remove);
        sessions.add(session);
        return session;
    }

    @Override
    public void initToken(long slotId, String soPin, String label, String domain) {
        Route route = route(slotId);
        route.link().connection().call(new InitToken(route.serverSlotId(), soPin, label, domain), Ok.class);
    }

    /** How many sessions are open through this client. */
    public int openSessions() {
        return sessions.size();
    }

    @Override
    public void close() {
        for (ApplianceLink link : links) {
            link.close();
        }
        sessions.clear();
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
    }

    private Route route(long slotId) {
        List<Route> current = routes;
        if (current.isEmpty()) {
            slots();
            current = routes;
        }
        for (Route route : current) {
            if (route.slot().slotId() == slotId) {
                return route;
            }
        }
        List<ServerFailure> failures = unreachable;
        if (slotId >= current.size() && !failures.isEmpty()) {
            throw failures.get(0).error();
        }
        throw new LunaClientException(Ckr.SLOT_ID_INVALID, "there is no slot " + slotId);
    }

    private static Slot slot(long clientSlotId, ServerAddress server, SlotInfo info) {
        return new Slot(clientSlotId, server.host(), info.partitionSerial(), info.label(), info.model(),
                info.firmwareVersion(), info.configuration(), Slot.NET_TOKEN_SLOT, info.initialized());
    }
}
