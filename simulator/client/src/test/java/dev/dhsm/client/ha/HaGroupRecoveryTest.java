package dev.dhsm.client.ha;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When a down member is due for an automatic recovery attempt: retry count, interval, exhaustion and reset. */
class HaGroupRecoveryTest {

    static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
    static final String A = "5724130000001";
    static final String B = "5724140000001";

    HaGroup group() {
        return new HaGroup(HaGroupConfig.create("grp1", A).withMember(B));
    }

    @Test
    void withoutARetryCountNothingIsEverDue() {
        HaGroup g = group();
        assertTrue(g.failed(B, g.generation(B), T0));
        assertEquals(List.of(), g.dueForRecovery(T0.plus(Duration.ofDays(1)), HaSettings.DEFAULTS));
        assertEquals(List.of(A), g.alive());
    }

    @Test
    void aRetryCountTriesOncePerIntervalUpToTheCount() {
        HaGroup g = group();
        HaSettings s = HaSettings.DEFAULTS.withRetryCount(2);
        g.failed(B, g.generation(B), T0);
        assertEquals(List.of(), g.dueForRecovery(T0.plusSeconds(59), s));
        assertEquals(List.of(B), g.dueForRecovery(T0.plusSeconds(60), s));
        g.attempted(B, false, true, T0.plusSeconds(60));
        assertEquals(List.of(), g.dueForRecovery(T0.plusSeconds(119), s));
        assertEquals(List.of(B), g.dueForRecovery(T0.plusSeconds(120), s));
        g.attempted(B, false, true, T0.plusSeconds(120));
        assertEquals(List.of(), g.dueForRecovery(T0.plusSeconds(3600), s), "two attempts used up");
        g.attempted(B, true, false, T0.plusSeconds(3600));
        assertEquals(MemberState.ALIVE, g.state(B));
        assertTrue(g.needsSync(B), "a member that comes back lacks what was made meanwhile");
    }

    @Test
    void minusOneRetriesWithoutLimit() {
        HaGroup g = group();
        HaSettings s = HaSettings.DEFAULTS.withRetryCount(HaSettings.UNLIMITED);
        g.failed(B, g.generation(B), T0);
        Instant now = T0;
        for (int i = 0; i < 600; i++) {
            now = now.plusSeconds(60);
            assertEquals(List.of(B), g.dueForRecovery(now, s));
            g.attempted(B, false, true, now);
        }
    }

    @Test
    void aFailureReportedForAnOlderGenerationChangesNothing() {
        HaGroup g = group();
        long before = g.generation(B);
        assertTrue(g.failed(B, before, T0));
        g.attempted(B, true, false, T0.plusSeconds(1));
        assertFalse(g.failed(B, before, T0.plusSeconds(2)), "a session of the member's previous life failed");
        assertEquals(MemberState.ALIVE, g.state(B));
    }

    @Test
    void requestsGoRoundRobinOverAliveMembersAndCreationToTheFirst() {
        HaGroup g = group();
        assertEquals(List.of(A, B, A, B), List.of(g.pick(), g.pick(), g.pick(), g.pick()));
        g.failed(A, g.generation(A), T0);
        assertEquals(B, g.first());
        assertEquals(List.of(B, B), List.of(g.pick(), g.pick()));
    }
}
