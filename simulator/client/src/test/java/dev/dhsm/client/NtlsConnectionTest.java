package dev.dhsm.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.dhsm.wire.NtlsClientInitializer;
import dev.dhsm.wire.NtlsLimits;
import dev.dhsm.wire.message.ListSlots;
import dev.dhsm.wire.message.SlotList;
import dev.dhsm.wire.tls.NtlsHandshakeListener;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One NTLS connection used directly: Hello, asynchronous sends, and no blocking on the event loop. */
class NtlsConnectionTest {

    FakeApplianceServer appliance;
    EventLoopGroup group;
    NtlsConnection connection;

    @BeforeEach
    void connect() throws Exception {
        appliance = new FakeApplianceServer(TestPki.APPLIANCE_A, new FakeNtlsService("1234567", "12345670000001"));
        group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        Bootstrap bootstrap = new Bootstrap().group(group).channel(NioSocketChannel.class)
                .handler(new NtlsClientInitializer(ClientTlsContext.build(TestPki.CLIENT,
                        List.of(TestPki.APPLIANCE_A.certificate()), InstantSource.fixed(TestPki.NOW)),
                        NtlsLimits.DEFAULT, NtlsHandshakeListener.NONE));
        connection = NtlsConnection.open(bootstrap, appliance.address(), "client-01", Duration.ofSeconds(20));
    }

    @AfterEach
    void close() {
        connection.close();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        appliance.close();
    }

    @Test
    void helloTellsTheApplianceVersionsAndSerial() {
        assertEquals("7.2.0-220", connection.hello().softwareVersion());
        assertEquals("7.0.3", connection.hello().firmwareVersion());
        assertEquals("1234567", connection.hello().hsmSerial());
        assertEquals(1, connection.call(new ListSlots(), SlotList.class).slots().size());
    }

    @Test
    void aBlockingCallFromAnEventLoopThreadIsRefused() throws Exception {
        CompletableFuture<Throwable> seen = new CompletableFuture<>();
        // On the connection's event loop itself (the group has one): a callback of send() could run on this
        // test's thread when the answer comes back before the callback is attached.
        group.next().execute(() -> {
            try {
                connection.call(new ListSlots(), SlotList.class);
                seen.complete(null);
            } catch (RuntimeException e) {
                seen.complete(e);
            }
        });
        assertInstanceOf(IllegalStateException.class, seen.get(20, TimeUnit.SECONDS));
    }

    @Test
    void closeReturnsOnceTheConnectionIsClosed() {
        connection.close();
        assertFalse(connection.isOpen());
    }
}
