package dev.dhsm.wire.message;

/**
 * Asks for a role's state on the session's partition, as LunaCM {@code role show} prints it: initialised, locked,
 * expired, failed logins.
 *
 * @param session the session handle from {@link SessionOpened}
 * @param role the {@code CKU_*} role
 */
public record GetRoleState(long session, long role) implements NtlsRequest {

    @Override
    public void writeTo(PayloadWriter out) {
        out.uint64(session).uint32(role);
    }

    static GetRoleState readFrom(PayloadReader in) {
        return new GetRoleState(in.uint64("session"), in.uint32("role"));
    }
}
