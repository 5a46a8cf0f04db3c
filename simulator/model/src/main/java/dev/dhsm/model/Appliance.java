package dev.dhsm.model;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One Luna 7 Network HSM appliance: a single aggregate behind one lock. Every operation runs in
 * {@link #transact}, and a change is handed to the {@link StateSink} before the call returns, so once the
 * shell has printed a result line the effect survives a restart.
 */
public final class Appliance {
    private final ApplianceState state;
    private final Clock clock;
    private final StateSink sink;
    private final FileArea files;
    private final Set<ShellSession> sessions = ConcurrentHashMap.newKeySet();
    private final ReentrantLock lock = new ReentrantLock();
    private final Runtime runtime = new Runtime(new SoftwareCryptoEngine(), ConcurrentHashMap.newKeySet(),
            new ConcurrentHashMap<>());
    private final List<java.util.function.Consumer<ApplianceEvent>> listeners =
            new java.util.concurrent.CopyOnWriteArrayList<>();

    /** What the appliance holds only while it runs: its crypto, client sessions and unsealed-key cache. */
    record Runtime(CryptoEngine crypto, Set<PartitionSession> partitionSessions,
                   java.util.Map<String, java.util.Map<Long, java.security.Key>> keyCache) {
    }

    private Appliance(ApplianceState state, Clock clock, StateSink sink, FileArea files) {
        this.state = state;
        this.clock = clock;
        this.sink = sink;
        this.files = files;
    }

    /** A factory-fresh appliance of the given profile; its state is saved once before it is returned. */
    public static Appliance factoryNew(ApplianceConfig config, Clock clock, StateSink sink, FileArea files) {
        ApplianceState state = new ApplianceState(config.id(), config.profile(), config.hostname(),
                config.hsmSerial());
        Appliance appliance = new Appliance(state, clock, sink, files);
        appliance.run(tx -> tx.setUpFactoryState(config));
        return appliance;
    }

    /** An appliance brought back from its saved state, with nobody logged in. */
    public static Appliance fromState(ApplianceState state, Clock clock, StateSink sink, FileArea files) {
        if (state.format() > ApplianceState.FORMAT) {
            throw new IllegalArgumentException("state format " + state.format() + " is newer than this emulator ("
                    + ApplianceState.FORMAT + ")");
        }
        return new Appliance(state, clock, sink, files);
    }

    public String id() {
        return state.id();
    }

    public String hostname() {
        return state.hostname();
    }

    public Profile profile() {
        return state.profile();
    }

    public Clock clock() {
        return clock;
    }

    public FileArea files() {
        return files;
    }

    /** Runs one operation under the appliance lock and persists what it changed, even when it fails. */
    public <T> T transact(Function<ApplianceTx, T> work) {
        lock.lock();
        ApplianceTx tx = new ApplianceTx(state, clock, sessions, files, runtime);
        try {
            return work.apply(tx);
        } finally {
            try {
                tx.forgetPartitions();
                if (tx.dirty()) {
                    sink.save(state);
                }
            } finally {
                lock.unlock();
            }
            for (ApplianceEvent e : tx.events()) {
                listeners.forEach(l -> l.accept(e));
            }
        }
    }

    /** Subscribes a network service to the appliance's events (e.g. NTLS restarted). */
    public void onEvent(java.util.function.Consumer<ApplianceEvent> listener) {
        listeners.add(listener);
    }

    /** Unsubscribes a listener added with {@link #onEvent}, when its network service stops. */
    public void removeEventListener(java.util.function.Consumer<ApplianceEvent> listener) {
        listeners.remove(listener);
    }

    public void run(Consumer<ApplianceTx> work) {
        transact(tx -> {
            work.accept(tx);
            return null;
        });
    }

    /** Logs a shell user in; on the serial console the {@code recover} account resets the admin password. */
    public LoginOutcome login(String account, String password, Channel channel, String remote) {
        return transact(tx -> tx.accounts().login(account, password, channel, remote));
    }

    /** Ends a shell session: its HSM role logins end with it. */
    public void endSession(ShellSession session) {
        run(tx -> tx.accounts().logout(session));
    }

    /** The sessions open now (a snapshot). */
    public List<ShellSession> sessions() {
        return List.copyOf(sessions);
    }
}
