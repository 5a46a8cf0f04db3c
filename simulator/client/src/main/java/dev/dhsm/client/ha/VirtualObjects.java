package dev.dhsm.client.ha;

import dev.dhsm.client.LunaClientException;
import dev.dhsm.wire.pkcs11.Ckr;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The object handles of an HA virtual slot: the application sees one handle per object, and each member holds its
 * own replica under its own handle. A replica's handle is learnt when the object is made or cloned, or looked up by
 * the object's {@link ObjectIdentity} the first time a member is asked to use it (after a failover or recovery).
 * Thread-safe.
 */
final class VirtualObjects {

    /** One virtual object: its identity and its handle on each member generation that has been told. */
    private static final class Entry {
        final ObjectIdentity identity;
        final Map<String, Long> handles = new ConcurrentHashMap<>();

        Entry(ObjectIdentity identity) {
            this.identity = identity;
        }
    }

    private final AtomicLong next = new AtomicLong(1);
    private final Map<Long, Entry> entries = new ConcurrentHashMap<>();

    /** A new object made on {@code member}: answers its virtual handle. */
    long created(MemberSession member, long handle) {
        ObjectIdentity identity = ObjectIdentity.of(member.session(), handle);
        long virtual = next.getAndIncrement();
        Entry entry = new Entry(identity);
        entry.handles.put(key(member), handle);
        entries.put(virtual, entry);
        return virtual;
    }

    /** An object {@code member} found: the virtual handle of its replicas, made on first sight. */
    synchronized long found(MemberSession member, long handle) {
        String key = key(member);
        for (Map.Entry<Long, Entry> e : entries.entrySet()) {
            Long known = e.getValue().handles.get(key);
            if (known != null && known == handle) {
                return e.getKey();
            }
        }
        ObjectIdentity identity = ObjectIdentity.of(member.session(), handle);
        for (Map.Entry<Long, Entry> e : entries.entrySet()) {
            if (e.getValue().identity.equals(identity) && !e.getValue().handles.containsKey(key)) {
                e.getValue().handles.put(key, handle);
                return e.getKey();
            }
        }
        long virtual = next.getAndIncrement();
        Entry entry = new Entry(identity);
        entry.handles.put(key, handle);
        entries.put(virtual, entry);
        return virtual;
    }

    /** Records a replica made by cloning. */
    void record(long virtual, MemberSession member, long handle) {
        Entry entry = entries.get(virtual);
        if (entry != null) {
            entry.handles.put(key(member), handle);
        }
    }

    /** The member's handle for a virtual handle; a member without a replica is {@code CKR_OBJECT_HANDLE_INVALID}. */
    long resolve(MemberSession member, long virtual) {
        Entry entry = require(virtual);
        Long handle = entry.handles.get(key(member));
        if (handle != null) {
            return handle;
        }
        List<Long> replicas = entry.identity.findOn(member.session());
        if (replicas.isEmpty()) {
            throw MissingReplica.failure("the member " + member.serial()
                    + " has no replica of object " + virtual + " (" + entry.identity.label() + ")");
        }
        entry.handles.put(key(member), replicas.get(0));
        return replicas.get(0);
    }

    Entry require(long virtual) {
        Entry entry = entries.get(virtual);
        if (entry == null) {
            throw new LunaClientException(Ckr.OBJECT_HANDLE_INVALID, "there is no object " + virtual);
        }
        return entry;
    }

    void forget(long virtual) {
        entries.remove(virtual);
    }

    private static String key(MemberSession member) {
        return member.serial() + "#" + member.generation();
    }
}
