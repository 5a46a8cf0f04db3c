package dev.dhsm.model;

import java.util.Optional;

/**
 * The answer to a shell login: a session, a refusal, or (on the serial console only) the {@code recover}
 * account having put the admin password back to {@code PASSWORD}.
 */
public record LoginOutcome(Kind kind, Optional<ShellSession> session) {
    /** What a login attempt came to. */
    public enum Kind {
        ACCEPTED,
        DENIED,
        ADMIN_PASSWORD_RECOVERED
    }

    static LoginOutcome accepted(ShellSession session) {
        return new LoginOutcome(Kind.ACCEPTED, Optional.of(session));
    }

    static LoginOutcome denied() {
        return new LoginOutcome(Kind.DENIED, Optional.empty());
    }

    static LoginOutcome recovered() {
        return new LoginOutcome(Kind.ADMIN_PASSWORD_RECOVERED, Optional.empty());
    }
}
