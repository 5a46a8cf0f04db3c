package dev.dhsm.wire.message;

/**
 * Closes a PKCS#11 session ({@code C_CloseSession}); a role logged in through it stays logged in only while other
 * sessions remain.
 *
 * @param session the session handle from {@link SessionOpened}
 */
public record CloseSession(long session) implements NtlsRequest {

    @Override
    public void writeTo(PayloadWriter out) {
        out.uint64(session);
    }

    static CloseSession readFrom(PayloadReader in) {
        return new CloseSession(in.uint64("session"));
    }
}
