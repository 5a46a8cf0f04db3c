package dev.dhsm.app;

import dev.dhsm.appliance.ntls.NtlsListener;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The threads that a fleet's appliances share, so that an idle appliance costs no thread of its own: the
 * network threads of every listener, the threads that run lunash shells and console logins (made when a
 * session starts, gone a minute after it ends), the SSH servers' timer, and the NTLS workers that answer
 * requests and do the cryptography (made at the first NTLS request).
 */
public final class SharedThreads implements AutoCloseable {
    private static final int IO_THREADS = 2;

    private final EventLoopGroup io;
    private final ExecutorService shells;
    private final ScheduledExecutorService sshTimer;
    private final ExecutorService ntlsWorkers;

    private SharedThreads(EventLoopGroup io, ExecutorService shells, ScheduledExecutorService sshTimer,
                          ExecutorService ntlsWorkers) {
        this.io = io;
        this.shells = shells;
        this.sshTimer = sshTimer;
        this.ntlsWorkers = ntlsWorkers;
    }

    public static SharedThreads start() {
        return new SharedThreads(
                new MultiThreadIoEventLoopGroup(IO_THREADS, new DefaultThreadFactory("dhsm-io", true),
                        NioIoHandler.newFactory()),
                Executors.newCachedThreadPool(new DefaultThreadFactory("dhsm-shell", true)),
                Executors.newSingleThreadScheduledExecutor(new DefaultThreadFactory("dhsm-ssh-timer", true)),
                NtlsListener.newWorkerPool());
    }

    /** The network threads of every SSH, console (and NTLS) listener. */
    public EventLoopGroup io() {
        return io;
    }

    /** lunash shells over SSH and console login loops, one thread per open session. */
    public ExecutorService shells() {
        return shells;
    }

    /** sshd's timeouts (login grace) for every SSH listener. */
    public ScheduledExecutorService sshTimer() {
        return sshTimer;
    }

    /** NTLS requests and their cryptography, one thread per core, for every NTLS listener. */
    public ExecutorService ntlsWorkers() {
        return ntlsWorkers;
    }

    /** Stops the threads; close every listener that uses them first. */
    @Override
    public void close() {
        ntlsWorkers.shutdown();
        shells.shutdown();
        sshTimer.shutdownNow();
        io.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        try {
            if (!shells.awaitTermination(5, TimeUnit.SECONDS)) {
                shells.shutdownNow();
            }
        } catch (InterruptedException e) {
            shells.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
