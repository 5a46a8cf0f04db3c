package dev.dhsm.client.ha;

import dev.dhsm.client.LunaClientException;
import dev.dhsm.client.ReturnCodes;
import dev.dhsm.client.SecretKeyTemplate;
import dev.dhsm.client.Session;
import dev.dhsm.wire.message.PolicyValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether two members can replicate to each other: their partitions must agree on private-key cloning (partition
 * policy 0) and share a cloning domain. The policy is read; the domain, which NTLS does not show a client, is tested
 * by cloning a short-lived AES key from one member to the other and deleting both copies again.
 */
final class CloningCheck {

    /** Partition policy 0, "Allow private key cloning". */
    static final long PRIVATE_KEY_CLONING = 0;
    static final String PROBE_LABEL = "dhsm-ha-cloning-probe";

    /** Two members whose settings conflict. */
    record Conflict(String first, String second) {
    }

    private CloningCheck() {
    }

    /** The members (alive, Crypto Officer logged in) that conflict with the first of {@code serials}. */
    static List<Conflict> conflicts(MemberSessions sessions, List<String> serials) {
        List<Conflict> out = new ArrayList<>();
        if (serials.size() < 2) {
            return out;
        }
        String primary = serials.get(0);
        Session first = sessions.session(primary).session();
        long policy = privateKeyCloning(first);
        for (String other : serials.subList(1, serials.size())) {
            Session second = sessions.session(other).session();
            if (privateKeyCloning(second) != policy || !sameDomain(first, second)) {
                out.add(new Conflict(primary, other));
            }
        }
        return out;
    }

    private static long privateKeyCloning(Session session) {
        for (PolicyValue p : session.policies()) {
            if (p.code() == PRIVATE_KEY_CLONING) {
                return p.value();
            }
        }
        return -1;
    }

    private static boolean sameDomain(Session first, Session second) {
        long probe = first.generateKey(SecretKeyTemplate.aes(128).withLabel(PROBE_LABEL));
        try {
            long copy = second.cloneIn(first.cloneOut(probe));
            second.destroy(copy);
            return true;
        } catch (LunaClientException e) {
            if (e.code() == ReturnCodes.CKR_CERTIFICATE_INVALID) {
                return false;
            }
            throw e;
        } finally {
            first.destroy(probe);
        }
    }
}
