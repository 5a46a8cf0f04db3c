package dev.dhsm.wire.message;

/**
 * Logs the role of a session out ({@code C_Logout}), as LunaCM {@code role logout} does.
 *
 * @param session the session handle from {@link SessionOpened}
 */
public record Logout(long session) implements NtlsRequest {

    @Override
    public void writeTo(PayloadWriter out) {
        out.uint64(session);
    }

    static Logout readFrom(PayloadReader in) {
        return new Logout(in.uint64("session"));
    }
}
