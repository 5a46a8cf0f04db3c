package dev.dhsm.appliance.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dhsm.appliance.files.DirectoryFileArea;
import dev.dhsm.appliance.lunash.Lunash;
import dev.dhsm.model.Appliance;
import dev.dhsm.model.ApplianceConfig;
import dev.dhsm.model.ManualClock;
import dev.dhsm.model.StateSink;
import io.netty.buffer.ByteBuf;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The console pipeline on an {@link EmbeddedChannel}: its virtual time drives the login timeout. */
@Timeout(60)
class ConsoleSessionHandlerTest {
    private static final Executor NO_LOGIN_THREAD = task -> { };

    @TempDir
    static Path tempDir;
    static Lunash lunash;

    @BeforeAll
    static void appliance() {
        lunash = new Lunash(Appliance.factoryNew(ApplianceConfig.azure("t1", "572413"),
                ManualClock.startingAt("2026-01-01T00:00:00Z"), StateSink.NONE, new DirectoryFileArea(tempDir)));
    }

    private EmbeddedChannel console() {
        return new EmbeddedChannel(new ConsoleChannelInitializer(lunash, NO_LOGIN_THREAD,
                ConsoleListener.LOGIN_TIMEOUT, null));
    }

    @Test
    void anIdleLoginPromptDropsTheLineAfterTwoMinutes() {
        EmbeddedChannel channel = console();
        channel.advanceTimeBy(119, TimeUnit.SECONDS);
        channel.runScheduledPendingTasks();
        assertTrue(channel.isOpen());

        channel.writeInbound(channel.alloc().buffer().writeBytes("tenant".getBytes(StandardCharsets.UTF_8)));
        channel.advanceTimeBy(119, TimeUnit.SECONDS);
        channel.runScheduledPendingTasks();
        assertTrue(channel.isOpen(), "typing restarts the idle clock");

        channel.advanceTimeBy(Duration.ofSeconds(1).toNanos(), TimeUnit.NANOSECONDS);
        channel.runScheduledPendingTasks();
        ByteBuf notice = channel.readOutbound();
        assertEquals("\r\nLogin timed out after 120 seconds.\r\n", notice.toString(StandardCharsets.UTF_8));
        notice.release();
        assertFalse(channel.isOpen());
    }

    @Test
    void aFloodPausesReadingAndIsBoundedInMemory() {
        EmbeddedChannel channel = console();
        ConsoleSessionHandler handler = channel.pipeline().get(ConsoleSessionHandler.class);
        channel.writeInbound(channel.alloc().buffer().writeBytes("\n".repeat(10_000).getBytes(StandardCharsets.UTF_8)));
        assertFalse(channel.config().isAutoRead(), "reading pauses while the login loop is behind");
        int queued = 0;
        while (channel.isOpen() && !channel.config().isAutoRead()) {
            assertEquals(new ConsoleInput.Line(""), handler.take());
            queued++;
        }
        assertTrue(queued <= ConsoleSessionHandler.MAX_QUEUED, "at most " + ConsoleSessionHandler.MAX_QUEUED);
        channel.close();
        assertEquals(ConsoleInput.Event.HANG_UP, handler.take());
        assertEquals(ConsoleInput.Event.HANG_UP, handler.take(), "a hang-up stays a hang-up");
    }
}
