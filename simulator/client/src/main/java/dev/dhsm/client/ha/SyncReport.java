package dev.dhsm.client.ha;

import dev.dhsm.client.LunaClientException;
import java.util.List;
import java.util.Optional;

/**
 * What a synchronization did: per member, how many objects were cloned to it and which could not be.
 *
 * @param members one outcome per member that lacked something
 */
public record SyncReport(List<Member> members) {

    /** One object that could not be cloned to a member. */
    public record Failure(String label, LunaClientException error) {
    }

    /** One member's outcome. */
    public record Member(String serial, int copied, List<Failure> failures) {
        public Member {
            failures = List.copyOf(failures);
        }
    }

    public SyncReport {
        members = List.copyOf(members);
    }

    public int copied() {
        return members.stream().mapToInt(Member::copied).sum();
    }

    /** The first failure, if any. */
    public Optional<LunaClientException> firstError() {
        return members.stream().flatMap(m -> m.failures().stream()).map(Failure::error).findFirst();
    }
}
