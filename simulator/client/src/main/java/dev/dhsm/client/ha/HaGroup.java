package dev.dhsm.client.ha;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One HA group inside one client process: its configuration and, per member, whether it is {@code alive} or
 * {@code down}, a generation that changes whenever it fails or comes back (so sessions opened on it before are
 * replaced), when it was last tried, how many automatic attempts it has had and whether it still lacks objects. A
 * member that fails stays down until a recovery attempt (manual, or automatic under a retry count) succeeds.
 * Thread-safe.
 */
public final class HaGroup {

    /** One member's standing in this process. */
    private static final class Member {
        MemberState state = MemberState.ALIVE;
        long generation;
        Instant lastAttempt;
        int attempts;
        boolean needsSync;
    }

    private final AtomicLong next = new AtomicLong();
    private HaGroupConfig config;
    private final Map<String, Member> members = new LinkedHashMap<>();

    HaGroup(HaGroupConfig config) {
        reconfigure(config);
    }

    public synchronized HaGroupConfig config() {
        return config;
    }

    /** Takes a changed configuration; members that stay keep their state, new ones start alive. */
    synchronized void reconfigure(HaGroupConfig changed) {
        this.config = changed;
        members.keySet().retainAll(changed.members());
        for (String serial : changed.members()) {
            members.computeIfAbsent(serial, s -> new Member());
        }
    }

    public String label() {
        return config().label();
    }

    /** The alive members in configuration order. */
    public synchronized List<String> alive() {
        List<String> out = new ArrayList<>();
        members.forEach((serial, m) -> {
            if (m.state == MemberState.ALIVE) {
                out.add(serial);
            }
        });
        return out;
    }

    /** The next alive member for a request (round robin), or null when none is alive. */
    String pick() {
        List<String> alive = alive();
        if (alive.isEmpty()) {
            return null;
        }
        return alive.get((int) Math.floorMod(next.getAndIncrement(), (long) alive.size()));
    }

    /** The first alive member in configuration order, or null. */
    String first() {
        List<String> alive = alive();
        return alive.isEmpty() ? null : alive.get(0);
    }

    public synchronized MemberState state(String serial) {
        Member m = members.get(serial);
        return m == null ? MemberState.DOWN : m.state;
    }

    synchronized long generation(String serial) {
        Member m = members.get(serial);
        return m == null ? -1 : m.generation;
    }

    /** The member stopped answering; it is dropped until recovered. Answers whether this call dropped it. */
    synchronized boolean failed(String serial, long generation, Instant now) {
        Member m = members.get(serial);
        if (m == null || m.generation != generation || m.state == MemberState.DOWN) {
            return false;
        }
        m.state = m.state.on(MemberState.Event.FAILED);
        m.generation++;
        m.lastAttempt = now;
        m.attempts = 0;
        return true;
    }

    /** The down members whose next automatic attempt is due under {@code settings}. */
    synchronized List<String> dueForRecovery(Instant now, HaSettings settings) {
        List<String> due = new ArrayList<>();
        if (!settings.autoRecovery()) {
            return due;
        }
        members.forEach((serial, m) -> {
            boolean attemptsLeft = settings.retryCount() == HaSettings.UNLIMITED || m.attempts < settings.retryCount();
            if (m.state == MemberState.DOWN && attemptsLeft && !now.isBefore(m.lastAttempt.plus(settings.interval()))) {
                due.add(serial);
            }
        });
        return due;
    }

    /** The down members (for a manual recovery). */
    public synchronized List<String> down() {
        List<String> out = new ArrayList<>();
        members.forEach((serial, m) -> {
            if (m.state == MemberState.DOWN) {
                out.add(serial);
            }
        });
        return out;
    }

    /** Records a recovery attempt and its outcome; a member that comes back needs synchronizing. */
    synchronized void attempted(String serial, boolean succeeded, boolean automatic, Instant now) {
        Member m = members.get(serial);
        if (m == null) {
            return;
        }
        MemberState before = m.state;
        m.state = m.state.on(succeeded ? MemberState.Event.RECOVERED : MemberState.Event.RECOVERY_FAILED);
        m.lastAttempt = now;
        if (automatic) {
            m.attempts++;
        }
        if (succeeded && before == MemberState.DOWN) {
            m.generation++;
            m.attempts = 0;
            m.needsSync = true;
        }
    }

    synchronized boolean needsSync(String serial) {
        Member m = members.get(serial);
        return m != null && m.needsSync;
    }

    synchronized void needsSync(String serial, boolean value) {
        Member m = members.get(serial);
        if (m != null) {
            m.needsSync = value;
        }
    }
}
