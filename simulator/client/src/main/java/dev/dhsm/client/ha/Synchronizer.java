package dev.dhsm.client.ha;

import dev.dhsm.client.LunaClientException;
import dev.dhsm.client.Session;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * HA synchronization: every alive member gets a replica of each object another alive member holds and it lacks,
 * cloned one object at a time (sealed under the source partition's domain, checked by the target's). A member of
 * another cloning domain refuses each object ({@code CKR_CERTIFICATE_INVALID}); the others are still tried.
 */
final class Synchronizer {

    private Synchronizer() {
    }

    /** Synchronizes every alive member. */
    static SyncReport all(MemberSessions sessions, HaGroup group) {
        return run(sessions, group, group.alive(), null);
    }

    /** Gives one member (one that came back) what the others hold. */
    static SyncReport toMember(MemberSessions sessions, HaGroup group, String serial) {
        return run(sessions, group, group.alive(), serial);
    }

    /** Whether some alive member lacks an object another holds. */
    static boolean needed(MemberSessions sessions, HaGroup group) {
        Map<String, Map<ObjectIdentity, Long>> inventories = inventories(sessions, group, group.alive());
        return inventories.values().stream().anyMatch(inv -> !inv.keySet().containsAll(union(inventories).keySet()));
    }

    private static SyncReport run(MemberSessions sessions, HaGroup group, List<String> alive, String only) {
        Map<String, Map<ObjectIdentity, Long>> inventories = inventories(sessions, group, alive);
        Map<ObjectIdentity, String> holders = union(inventories);
        List<SyncReport.Member> outcomes = new ArrayList<>();
        for (Map.Entry<String, Map<ObjectIdentity, Long>> member : inventories.entrySet()) {
            String serial = member.getKey();
            if (only != null && !only.equals(serial)) {
                continue;
            }
            int copied = 0;
            List<SyncReport.Failure> failures = new ArrayList<>();
            for (Map.Entry<ObjectIdentity, String> object : holders.entrySet()) {
                if (member.getValue().containsKey(object.getKey())) {
                    continue;
                }
                try {
                    Session source = sessions.session(object.getValue()).session();
                    byte[] blob = source.cloneOut(inventories.get(object.getValue()).get(object.getKey()));
                    sessions.session(serial).session().cloneIn(blob);
                    copied++;
                } catch (LunaClientException e) {
                    failures.add(new SyncReport.Failure(object.getKey().label(), e));
                }
            }
            if (copied > 0 || !failures.isEmpty()) {
                outcomes.add(new SyncReport.Member(serial, copied, failures));
            }
        }
        return new SyncReport(outcomes);
    }

    private static Map<String, Map<ObjectIdentity, Long>> inventories(MemberSessions sessions, HaGroup group,
                                                                     List<String> alive) {
        Map<String, Map<ObjectIdentity, Long>> out = new LinkedHashMap<>();
        for (String serial : alive) {
            long generation = group.generation(serial);
            try {
                Session session = sessions.session(serial).session();
                Map<ObjectIdentity, Long> inventory = new LinkedHashMap<>();
                for (long handle : session.findObjects(List.of())) {
                    inventory.putIfAbsent(ObjectIdentity.of(session, handle), handle);
                }
                out.put(serial, inventory);
            } catch (LunaClientException e) {
                if (!MemberFailures.memberDown(e)) {
                    throw e;
                }
                sessions.dropped(serial, generation);
            }
        }
        return out;
    }

    /** Each object some member holds, with the first member holding it. */
    private static Map<ObjectIdentity, String> union(Map<String, Map<ObjectIdentity, Long>> inventories) {
        Map<ObjectIdentity, String> holders = new LinkedHashMap<>();
        inventories.forEach((serial, inventory) -> inventory.keySet().forEach(id -> holders.putIfAbsent(id, serial)));
        return holders;
    }
}
