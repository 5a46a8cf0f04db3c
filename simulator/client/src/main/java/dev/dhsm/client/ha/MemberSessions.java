package dev.dhsm.client.ha;

import dev.dhsm.client.LunaClientException;
import dev.dhsm.client.Role;
import dev.dhsm.client.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The member sessions behind one virtual-slot session, and how a request reaches them: {@link #any} sends it to one
 * alive member and fails over to the next when a member stops answering; {@link #each} sends it to every alive
 * member. A member session is opened (and logged in with the role the application logged in as) when first needed
 * for the member's current generation; a member that came back is synchronized first when the group synchronizes
 * automatically and the Crypto Officer is logged in.
 */
final class MemberSessions {

    private final HaClient client;
    private final HaGroup group;
    private final VirtualObjects objects;
    private final Map<String, MemberSession> open = new ConcurrentHashMap<>();
    private volatile Role role;
    private volatile String pin;

    MemberSessions(HaClient client, HaGroup group, VirtualObjects objects) {
        this.client = client;
        this.group = group;
        this.objects = objects;
    }

    /** Runs {@code work} on one alive member; a member that stops answering is dropped and the next one tried. */
    <T> T any(Function<MemberSession, T> work) {
        return call(work, false);
    }

    /** Runs {@code work} on the first alive member (new objects are made there), failing over as {@link #any} does. */
    <T> T primary(Function<MemberSession, T> work) {
        return call(work, true);
    }

    private <T> T call(Function<MemberSession, T> work, boolean primaryFirst) {
        client.beforeCall(group);
        LunaClientException last = null;
        LunaClientException missing = null;
        int tries = group.config().members().size() + 1;
        for (int i = 0; i < tries; i++) {
            String serial = primaryFirst ? group.first() : group.pick();
            if (serial == null) {
                break;
            }
            long generation = group.generation(serial);
            try {
                return work.apply(session(serial, generation));
            } catch (LunaClientException e) {
                if (MissingReplica.is(e)) {
                    missing = e;
                    continue;
                }
                if (!MemberFailures.memberDown(e)) {
                    throw e;
                }
                last = e;
                dropped(serial, generation);
            }
        }
        if (missing != null && !group.alive().isEmpty()) {
            throw missing;
        }
        throw HaSession.noMember(group, last);
    }

    /**
     * Runs {@code work} on every alive member (members without a replica of the object concerned are left out); the
     * first answer that is not a member failure is thrown.
     */
    void each(Function<MemberSession, ?> work) {
        client.beforeCall(group);
        LunaClientException last = null;
        LunaClientException missing = null;
        boolean reached = false;
        for (String serial : group.alive()) {
            long generation = group.generation(serial);
            try {
                work.apply(session(serial, generation));
                reached = true;
            } catch (LunaClientException e) {
                if (MissingReplica.is(e)) {
                    missing = e;
                    continue;
                }
                if (!MemberFailures.memberDown(e)) {
                    throw e;
                }
                last = e;
                dropped(serial, generation);
            }
        }
        if (!reached) {
            throw missing != null && !group.alive().isEmpty() ? missing : HaSession.noMember(group, last);
        }
    }

    /** Clones freshly made objects from {@code source} to every other alive member. */
    void replicate(MemberSession source, List<Long> handles, List<Long> virtuals) {
        List<byte[]> blobs = new ArrayList<>();
        for (long handle : handles) {
            blobs.add(source.session().cloneOut(handle));
        }
        for (String serial : group.alive()) {
            if (serial.equals(source.serial())) {
                continue;
            }
            long generation = group.generation(serial);
            try {
                MemberSession target = session(serial, generation);
                for (int i = 0; i < blobs.size(); i++) {
                    objects.record(virtuals.get(i), target, target.session().cloneIn(blobs.get(i)));
                }
            } catch (LunaClientException e) {
                if (MemberFailures.memberDown(e)) {
                    dropped(serial, generation);
                } else {
                    group.needsSync(serial, true);
                }
            }
        }
    }

    /** This virtual session's session on a member, for its current generation. */
    MemberSession session(String serial) {
        return session(serial, group.generation(serial));
    }

    private MemberSession session(String serial, long generation) {
        MemberSession m = open.get(serial);
        if (m != null && m.generation() == generation) {
            return m;
        }
        synchronized (this) {
            m = open.get(serial);
            if (m != null && m.generation() == generation) {
                return m;
            }
            if (m != null) {
                closeQuietly(m.session());
            }
            Session session = client.physical().openPartitionSession(serial);
            try {
                if (role != null) {
                    session.login(role, pin);
                }
            } catch (LunaClientException e) {
                closeQuietly(session);
                throw MemberFailures.memberDown(e) ? e : MemberFailures.loginRefused(serial, e);
            }
            m = new MemberSession(serial, generation, session, objects);
            open.put(serial, m);
        }
        if (role == Role.CO && group.needsSync(serial) && group.config().synchronize()) {
            group.needsSync(serial, false);
            Synchronizer.toMember(this, group, serial);
        }
        return m;
    }

    /** The member stopped answering: the group drops it and this session forgets its member session. */
    void dropped(String serial, long generation) {
        client.memberFailed(group, serial, generation);
        MemberSession m = open.remove(serial);
        if (m != null) {
            closeQuietly(m.session());
        }
    }

    void loggedIn(Role newRole, String newPin) {
        this.role = newRole;
        this.pin = newPin;
    }

    void pinChanged(Role changed, String newPin) {
        if (changed == role) {
            this.pin = newPin;
        }
    }

    boolean loggedInAs(Role which) {
        return role == which;
    }

    void close() {
        for (MemberSession m : open.values()) {
            closeQuietly(m.session());
        }
        open.clear();
        role = null;
        pin = null;
    }

    private static void closeQuietly(Session session) {
        try {
            session.close();
        } catch (LunaClientException e) {
            // The member may already be gone; the session goes with its connection.
        }
    }
}
