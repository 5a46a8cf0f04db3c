package dev.dhsm.client.ha;

/**
 * The life of one HA group member as the client library sees it: {@code alive} members take requests, {@code down}
 * ones do not, even after their appliance answers again (FM-22), until a recovery attempt succeeds.
 *
 * <pre>
 *   state \ event   FAILED   RECOVERED   RECOVERY_FAILED
 *   ALIVE           DOWN     ALIVE       ALIVE
 *   DOWN            DOWN     ALIVE       DOWN
 * </pre>
 */
public enum MemberState {
    ALIVE("alive"),
    DOWN("down");

    /** What happens to a member. */
    public enum Event { FAILED, RECOVERED, RECOVERY_FAILED }

    private static final MemberState[][] NEXT = {
        // FAILED, RECOVERED, RECOVERY_FAILED
        {DOWN, ALIVE, ALIVE}, // ALIVE
        {DOWN, ALIVE, DOWN},  // DOWN
    };

    private final String text;

    MemberState(String text) {
        this.text = text;
    }

    /** The state after {@code event}. */
    public MemberState on(Event event) {
        return NEXT[ordinal()][event.ordinal()];
    }

    /** {@code alive} or {@code down}, as {@code hagroup listgroups} prints it. */
    public String text() {
        return text;
    }
}
