package dev.dhsm.appliance.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dhsm.appliance.files.DirectoryFileArea;
import dev.dhsm.appliance.lunash.Lunash;
import dev.dhsm.appliance.transport.Transcript;
import dev.dhsm.model.Appliance;
import dev.dhsm.model.ApplianceConfig;
import dev.dhsm.model.ManualClock;
import dev.dhsm.model.RebootOutcome;
import dev.dhsm.model.StateSink;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The serial console follows the model's reachability: a hung appliance drops its lines and answers none until
 * the support hard reboot is done; the listener here runs on threads shared the way a fleet shares them.
 */
class ConsoleConnectivityTest {
    @TempDir
    Path tempDir;
    final ManualClock clock = ManualClock.startingAt("2026-01-01T00:00:00Z");
    final EventLoopGroup io = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    final ExecutorService logins = Executors.newCachedThreadPool();
    Appliance appliance;
    ConsoleListener console;

    @BeforeEach
    void start() throws IOException {
        appliance = Appliance.factoryNew(ApplianceConfig.azure("t1", "572413"), clock, StateSink.NONE,
                new DirectoryFileArea(tempDir));
        console = ConsoleListener.start(new Lunash(appliance), new InetSocketAddress("127.0.0.1", 0), io, logins);
    }

    @AfterEach
    void stop() {
        console.close();
        logins.shutdownNow();
        io.shutdownGracefully().syncUninterruptibly();
    }

    @Test
    void aHungRebootDropsTheLineAndTheHardRebootBringsItBack() throws IOException {
        try (Socket line = connect()) {
            Transcript screen = Transcript.pumping(line.getInputStream());
            screen.await("login as: ");
            appliance.run(tx -> tx.system().setNextRebootHangs(true));
            assertEquals(RebootOutcome.HUNG, appliance.transact(tx -> tx.system().reboot()));
            screen.awaitEnd();
        }
        try (Socket refused = connect()) {
            Transcript.pumping(refused.getInputStream()).awaitEnd();
        }
        appliance.run(tx -> tx.system().supportHardReboot());
        clock.advance(Duration.ofHours(48));
        try (Socket back = connect()) {
            Transcript.pumping(back.getInputStream()).await("login as: ");
        }
    }

    @Test
    void aNetworkCutLeavesTheConsoleWorking() throws IOException {
        appliance.run(tx -> tx.system().setNetworkCut(true));
        try (Socket line = connect()) {
            Transcript.pumping(line.getInputStream()).await("login as: ");
        }
    }

    @Test
    void closingAListenerOnSharedThreadsLeavesThemRunning() throws IOException {
        console.close();
        console = ConsoleListener.start(new Lunash(appliance), new InetSocketAddress("127.0.0.1", 0), io, logins);
        try (Socket line = connect()) {
            Transcript.pumping(line.getInputStream()).await("login as: ");
        }
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket();
        socket.connect(console.address(), 10_000);
        return socket;
    }
}
