package dev.dhsm.model;

import java.util.concurrent.atomic.AtomicLong;

/**
 * One logged-in shell (SSH or serial console): which account, how it arrived, and which HSM roles it has
 * logged into with {@code hsm login} and {@code audit login}. Lives only as long as the connection.
 */
public final class ShellSession {
    private static final AtomicLong IDS = new AtomicLong();

    private final long id = IDS.incrementAndGet();
    private final String account;
    private final Channel channel;
    private final String remote;
    private volatile boolean hsmSoLoggedIn;
    private volatile boolean auditLoggedIn;
    private volatile boolean open = true;

    ShellSession(String account, Channel channel, String remote) {
        this.account = account;
        this.channel = channel;
        this.remote = remote;
    }

    public long id() {
        return id;
    }

    public String account() {
        return account;
    }

    public Channel channel() {
        return channel;
    }

    public String remote() {
        return remote;
    }

    public boolean hsmSoLoggedIn() {
        return hsmSoLoggedIn;
    }

    public boolean auditLoggedIn() {
        return auditLoggedIn;
    }

    public boolean open() {
        return open;
    }

    void setHsmSoLoggedIn(boolean value) {
        hsmSoLoggedIn = value;
    }

    void setAuditLoggedIn(boolean value) {
        auditLoggedIn = value;
    }

    void close() {
        open = false;
        hsmSoLoggedIn = false;
        auditLoggedIn = false;
    }
}
